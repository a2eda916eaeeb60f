import {
  deriveAesKey,
  fromBase64,
  IV_BYTES,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  toBase64,
} from '@/lib/crypto'
import {
  BackupError,
  BACKUP_VERSION,
  ENCRYPTED_BACKUP_FORMAT,
  type EncryptedBackupFile,
} from './backup-format'

/** A password this short is guessed quickly even at 600,000 iterations. */
export const MIN_PASSWORD_LENGTH = 8

/**
 * The same password typed on another keyboard can arrive as other code points ("é" as one, or as
 * "e" and a combining accent): both become the composed form before any key is made from it.
 */
export function normalisePassword(password: string): string {
  return password.normalize('NFC')
}

/**
 * The file's clear header, as the additional data AES-GCM authenticates with the ciphertext (from
 * format version 2): changing the date, the app version or the key-derivation settings in the file
 * makes it fail to open, exactly like changing the data. Version 1 files had none.
 */
function headerData(file: Omit<EncryptedBackupFile, 'data'>): Uint8Array<ArrayBuffer> | undefined {
  if (file.version < 2) return undefined
  return new TextEncoder().encode(
    JSON.stringify([
      file.format,
      file.version,
      file.appVersion,
      file.exportedAt,
      file.kdf.name,
      file.kdf.hash,
      file.kdf.iterations,
      file.kdf.salt,
      file.cipher.name,
      file.cipher.iv,
    ]),
  )
}

function gcmParams(iv: Uint8Array<ArrayBuffer>, header: Uint8Array<ArrayBuffer> | undefined) {
  return header ? { name: 'AES-GCM', iv, additionalData: header } : { name: 'AES-GCM', iv }
}

/** Encrypts a backup's JSON with AES-GCM under a key stretched from the password (PBKDF2). */
export async function encryptBackup(
  json: string,
  password: string,
  meta: { appVersion: string; exportedAt: string },
  iterations = PBKDF2_ITERATIONS,
): Promise<EncryptedBackupFile> {
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const key = await deriveAesKey(normalisePassword(password), salt, iterations)
  const header = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const
  const ciphertext = await crypto.subtle.encrypt(
    gcmParams(iv, headerData(header)),
    key,
    new TextEncoder().encode(json),
  )
  return { ...header, data: toBase64(new Uint8Array(ciphertext)) }
}

/**
 * Decrypts an encrypted backup. AES-GCM authenticates the data and (from version 2) the header, so a
 * wrong password and a changed file fail the same way, and nothing half-decrypted ever reaches the
 * importer.
 */
export async function decryptBackup(file: EncryptedBackupFile, password: string): Promise<string> {
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>
  try {
    salt = fromBase64(file.kdf.salt)
    iv = fromBase64(file.cipher.iv)
    data = fromBase64(file.data)
  } catch {
    throw new BackupError('This backup file is incomplete or damaged, so nothing was restored.')
  }
  // Version 1 files were made from the password exactly as typed: try its other forms too, so a
  // file made before normalisation still opens from either keyboard.
  const forms = [normalisePassword(password)]
  if (file.version < 2) forms.push(...new Set([password, password.normalize('NFD')]))
  for (const form of new Set(forms)) {
    const key = await deriveAesKey(form, salt, file.kdf.iterations)
    try {
      const plain = await crypto.subtle.decrypt(gcmParams(iv, headerData(file)), key, data)
      return new TextDecoder().decode(plain)
    } catch {
      // Not this form: try the next, or say so below.
    }
  }
  throw new BackupError(
    'That password does not open this backup (or the file was changed after it was made). Nothing was changed here; check the password and try again.',
  )
}
