/**
 * Password-based cryptography with the browser's WebCrypto only: PBKDF2-SHA-256 stretches a password
 * into a key (backups: AES-GCM) or into a hash to compare (the app lock). Salts and IVs are random
 * for every use, so the same password and data never give the same output twice.
 */

import { hasWebCrypto, InsecureContextError } from './secure-context'

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256. Slow on purpose: it is what makes guessing expensive. */
export const PBKDF2_ITERATIONS = 600_000
export const SALT_BYTES = 16
export const IV_BYTES = 12

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length))
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

/** Throws on anything that is not base64, so a damaged file is caught early. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error('Not base64')
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function passwordKey(password: string): Promise<CryptoKey> {
  // Every password and passcode use starts here: where there is no WebCrypto, say why, not "try again".
  if (!hasWebCrypto()) throw new InsecureContextError()
  return crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
    'deriveKey',
  ])
}

export async function deriveAesKey(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await passwordKey(password),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/** 256 bits derived from a passcode: stored instead of the passcode, which is never kept. */
export async function derivePasscodeHash(
  passcode: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await passwordKey(passcode),
    256,
  )
  return new Uint8Array(bits)
}

/** Compares without stopping at the first difference, so timing says nothing about the match. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return difference === 0
}

// ── The data key of the app lock ──────────────────────────────────────────────────────────────────
// A random AES-GCM key encrypts what the person writes (src/lib/sealed-value.ts); the passcode only
// ever wraps and unwraps it. So changing the passcode rewraps one key instead of re-encrypting the
// journal, and a wrong passcode fails to unwrap (AES-GCM's tag), which is how it is checked.

/** Binds a wrapped key to its use, so nothing else encrypted with the same passcode key unwraps. */
const WRAP_LABEL = new TextEncoder().encode('steady data key v1')

/** The key that wraps the data key, stretched from the passcode. Never extractable, never stored. */
async function deriveWrappingKey(
  passcode: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await passwordKey(passcode),
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  )
}

/** A new random data key. Extractable only so that it can be wrapped; see `sealDataKey`. */
async function generateDataKey(): Promise<CryptoKey> {
  if (!hasWebCrypto()) throw new InsecureContextError()
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt'])
}

export interface WrappedDataKey {
  salt: Uint8Array<ArrayBuffer>
  iterations: number
  iv: Uint8Array<ArrayBuffer>
  wrapped: Uint8Array<ArrayBuffer>
}

/** Wraps `dataKey` (extractable) under `passcode` with a new salt and IV. */
export async function wrapDataKey(
  dataKey: CryptoKey,
  passcode: string,
  iterations: number,
): Promise<WrappedDataKey> {
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const wrappingKey = await deriveWrappingKey(passcode, salt, iterations)
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: WRAP_LABEL,
  })
  return { salt, iterations, iv, wrapped: new Uint8Array(wrapped) }
}

/**
 * Unwraps the data key with `passcode`; null when the passcode is not the one it was wrapped with.
 * `extractable` only for rewrapping it under a new passcode: the key kept in memory is never.
 */
export async function unwrapDataKey(
  sealed: WrappedDataKey,
  passcode: string,
  { extractable = false } = {},
): Promise<CryptoKey | null> {
  const wrappingKey = await deriveWrappingKey(passcode, sealed.salt, sealed.iterations)
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      sealed.wrapped,
      wrappingKey,
      { name: 'AES-GCM', iv: sealed.iv, additionalData: WRAP_LABEL },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    )
  } catch (error) {
    // AES-GCM's tag does not match: a different passcode (or damaged bytes). Anything else is real.
    // By name: the DOMException may come from another realm (a test's Node beside jsdom).
    if ((error as { name?: unknown } | null)?.name === 'OperationError') return null
    throw error
  }
}

/**
 * A new data key for `passcode`: the wrapped form to store, and the key to use from now on, which
 * cannot be exported (the extractable original is only used to wrap it, then dropped).
 */
export async function createDataKey(
  passcode: string,
  iterations: number,
): Promise<{ sealed: WrappedDataKey; key: CryptoKey }> {
  const original = await generateDataKey()
  const sealed = await wrapDataKey(original, passcode, iterations)
  const key = await unwrapDataKey(sealed, passcode)
  if (!key) throw new Error('A freshly wrapped data key did not unwrap')
  return { sealed, key }
}
