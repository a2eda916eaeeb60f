/**
 * One field of a row, encrypted with the app lock's data key (AES-GCM 256, a fresh random IV every
 * time). The value is JSON-encoded first, so text, lists and records are all sealed alike, and the
 * table and field name are authenticated with it: a sealed note cannot be moved into another field
 * or table and still open. Kept tiny: the database loads it on every start.
 */

import { isSealed, SEALED_MARK as MARK, type SealedValue } from './sealed-mark'

export { isSealed, type SealedValue }

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export async function sealValue(
  key: CryptoKey,
  label: string,
  value: unknown,
): Promise<SealedValue> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(label) },
    key,
    encoder.encode(JSON.stringify(value)),
  )
  return { [MARK]: 1, iv, data: new Uint8Array(data) }
}

/**
 * The stored bytes as a Uint8Array of this realm. A copy made by a deep clone that did not know the
 * typed array's constructor (a test's jsdom beside Node) arrives as a plain object of its bytes.
 */
function bytes(value: unknown): Uint8Array<ArrayBuffer> {
  if (value instanceof Uint8Array) return value as Uint8Array<ArrayBuffer>
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer.slice(0)) as Uint8Array<ArrayBuffer>
  return Uint8Array.from(Object.values(value as Record<string, number>))
}

/** Throws (OperationError) for another key, another label or damaged bytes: it never guesses. */
export async function openValue(
  key: CryptoKey,
  label: string,
  sealed: SealedValue,
): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes(sealed.iv), additionalData: encoder.encode(label) },
    key,
    bytes(sealed.data),
  )
  return JSON.parse(decoder.decode(plain)) as unknown
}
