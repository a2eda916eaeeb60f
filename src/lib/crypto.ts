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
