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

/** Encrypts a backup's JSON with AES-GCM under a key stretched from the password (PBKDF2). */
export async function encryptBackup(
  json: string,
  password: string,
  meta: { appVersion: string; exportedAt: string },
  iterations = PBKDF2_ITERATIONS,
): Promise<EncryptedBackupFile> {
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const key = await deriveAesKey(password, salt, iterations)
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(json),
  )
  return {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(ciphertext)),
  }
}

/**
 * Decrypts an encrypted backup. AES-GCM authenticates the data, so a wrong password and a changed
 * file fail the same way, and nothing half-decrypted ever reaches the importer.
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
  const key = await deriveAesKey(password, salt, file.kdf.iterations)
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data)
    return new TextDecoder().decode(plain)
  } catch {
    throw new BackupError(
      'That password does not open this backup (or the file was changed after it was made). Nothing was changed here; check the password and try again.',
    )
  }
}
