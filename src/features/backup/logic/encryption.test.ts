import { expect, test } from 'vitest'
import { fromBase64, PBKDF2_ITERATIONS, toBase64 } from '@/lib/crypto'
import {
  BACKUP_VERSION,
  BackupError,
  MAX_KDF_ITERATIONS,
  readBackupText,
  type EncryptedBackupFile,
} from './backup-format'
import { decryptBackup, encryptBackup } from './encryption'

const meta = { appVersion: '0.1.0', exportedAt: '2026-11-26T10:00:00.000Z' }
// The format allows 100,000 iterations at least; tests use the floor to stay quick.
const FAST = 100_000

test('an encrypted backup uses PBKDF2-SHA-256 with 600,000 iterations and AES-GCM, and opens again', async () => {
  const file = await encryptBackup('{"hello":"שלום 🌙"}', 'correct horse', meta)
  expect(file.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS })
  expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000)
  expect(file.cipher.name).toBe('AES-GCM')
  expect(fromBase64(file.kdf.salt)).toHaveLength(16)
  expect(fromBase64(file.cipher.iv)).toHaveLength(12)
  expect(readBackupText(JSON.stringify(file)).kind).toBe('encrypted')
  expect(await decryptBackup(file, 'correct horse')).toBe('{"hello":"שלום 🌙"}')
})

test('the same data and password never give the same file twice', async () => {
  const a = await encryptBackup('same', 'password1', meta, FAST)
  const b = await encryptBackup('same', 'password1', meta, FAST)
  expect(a.kdf.salt).not.toBe(b.kdf.salt)
  expect(a.cipher.iv).not.toBe(b.cipher.iv)
  expect(a.data).not.toBe(b.data)
})

test('the plaintext does not appear in the file', async () => {
  const file = await encryptBackup('my secret words', 'password1', meta, FAST)
  expect(JSON.stringify(file)).not.toContain('secret')
})

test('a wrong password says so plainly', async () => {
  const file = await encryptBackup('data', 'password1', meta, FAST)
  await expect(decryptBackup(file, 'password2')).rejects.toThrow(BackupError)
  await expect(decryptBackup(file, 'password2')).rejects.toThrow(
    /That password does not open this backup/,
  )
})

test('one flipped byte in the ciphertext is detected', async () => {
  const file = await encryptBackup('data that matters', 'password1', meta, FAST)
  const bytes = fromBase64(file.data)
  bytes[3] = (bytes[3] ?? 0) ^ 0x01
  await expect(decryptBackup({ ...file, data: toBase64(bytes) }, 'password1')).rejects.toThrow(
    /changed after it was made/,
  )
})

test('a damaged salt or IV is reported as a damaged file', async () => {
  const file = await encryptBackup('data', 'password1', meta, FAST)
  await expect(
    decryptBackup({ ...file, cipher: { ...file.cipher, iv: '%%%notbase64%%' } }, 'password1'),
  ).rejects.toThrow(/incomplete or damaged/)
})

test('a password typed with a decomposed “é” on another keyboard opens the file', async () => {
  const composed = 'caf\u00e9 au lait'
  const decomposed = 'cafe\u0301 au lait'
  expect(composed).not.toBe(decomposed)
  const file = await encryptBackup('data', composed, meta, FAST)
  expect(await decryptBackup(file, decomposed)).toBe('data')
  const other = await encryptBackup('data', decomposed, meta, FAST)
  expect(await decryptBackup(other, composed)).toBe('data')
})

test.each([
  [
    'the date it was made',
    (file: EncryptedBackupFile) => ({ ...file, exportedAt: '2020-01-01T00:00:00.000Z' }),
  ],
  ['the app version', (file: EncryptedBackupFile) => ({ ...file, appVersion: '9.9.9' })],
  [
    'the key-derivation rounds',
    (file: EncryptedBackupFile) => ({ ...file, kdf: { ...file.kdf, iterations: FAST + 1 } }),
  ],
  ['the format version', (file: EncryptedBackupFile) => ({ ...file, version: 1 })],
])('changing %s in the clear header stops the file opening', async (_, change) => {
  const file = await encryptBackup('data', 'password1', meta, FAST)
  expect(file.version).toBe(BACKUP_VERSION)
  await expect(decryptBackup(change(file), 'password1')).rejects.toThrow(
    /changed after it was made/,
  )
})

test('a file asking for millions of key-derivation rounds is refused before any work', () => {
  const file = {
    format: 'steady-backup-encrypted',
    version: 2,
    appVersion: '0.1.0',
    exportedAt: meta.exportedAt,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: MAX_KDF_ITERATIONS + 1,
      salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
    },
    cipher: { name: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA' },
    data: 'AAAA',
  }
  expect(() => readBackupText(JSON.stringify(file))).toThrow(/far more work to open/)
  expect(() =>
    readBackupText(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 5_000_000 } })),
  ).toThrow(BackupError)
})
