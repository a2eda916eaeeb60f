import { createBackupFile } from '@/features/backup/data/export-backup'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  readBackupText,
  validateBackup,
} from '@/features/backup/logic/backup-format'
import { decryptBackup } from '@/features/backup/logic/encryption'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import { buildEntry } from './factories'

/** A valid backup file as Steady writes it, with `count` entries a day apart. */
export function buildBackupFile(count = 3, overrides: Partial<BackupFile> = {}): BackupFile {
  const start = new Date(2026, 9, 1, 21, 0)
  const entries = Array.from({ length: count }, (_, i) =>
    buildEntry({
      id: `backup-entry-${i}`,
      at: new Date(start.getTime() + i * 86_400_000),
      text: `From the backup ${i}`,
    }),
  )
  const {
    lock: _lock,
    persistence: _p,
    persistenceAskedAt: _pa,
    lastBackupAt: _lb,
    ...settings
  } = {
    ...DEFAULT_SETTINGS,
    onboardedAt: '2026-10-01T08:00:00.000Z',
    userName: 'Sam',
    exName: 'Robin',
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: '0.1.0',
    schemaVersion: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    tables: {
      settings: [settings],
      entries,
      drafts: [
        {
          id: 'new-entry',
          mood: 2,
          text: 'unfinished',
          updatedAt: '2026-11-20T09:00:00.000Z',
          writer: 'tab',
        },
      ],
    },
    ...overrides,
  }
}

/** Exports this database through the real file, as the person would, and reads the file back. */
export async function exportAndRead(password: string | null) {
  const { file } = await createBackupFile(password)
  const parsed = readBackupText(await file.text())
  const plain =
    parsed.kind === 'encrypted'
      ? readBackupText(await decryptBackup(parsed.file, password ?? ''))
      : parsed
  if (plain.kind !== 'plain') throw new Error('expected a plain backup inside')
  return validateBackup(plain.file)
}
