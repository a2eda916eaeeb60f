import { db } from '@/db/db'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import type { AppSettings } from '@/db/types'
import { updateSettings } from '@/hooks/use-settings'
import { toCalendarDay } from '@/lib/dates'
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../logic/backup-format'
import { encryptBackup } from '../logic/encryption'
import { DEVICE_SETTINGS } from '@/db/rows'

/**
 * Reads every table in one read transaction (a consistent snapshot, whatever another tab does) into a
 * backup file. Tables are found from the database itself, so a table added later is included.
 */
export async function collectBackup(now = new Date()): Promise<BackupFile> {
  const tables: Record<string, unknown[]> = {}
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray()
  })
  tables.settings = (tables.settings as AppSettings[] | undefined)?.map(withoutDeviceFields) ?? []
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: __APP_VERSION__,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    tables,
  }
}

function withoutDeviceFields(row: AppSettings): Partial<AppSettings> {
  const copy: Partial<AppSettings> = { ...row }
  for (const field of DEVICE_SETTINGS) delete copy[field]
  return copy
}

export interface BackupBlob {
  file: File
  encrypted: boolean
}

/** The backup as a file, encrypted when a password is given. The name carries the date. */
export async function createBackupFile(
  password: string | null,
  now = new Date(),
): Promise<BackupBlob> {
  const backup = await collectBackup(now)
  const json = JSON.stringify(backup)
  const day = toCalendarDay(now)
  if (!password) {
    return {
      file: new File([json], `steady-backup-${day}.json`, { type: 'application/json' }),
      encrypted: false,
    }
  }
  const encrypted = await encryptBackup(json, password, {
    appVersion: backup.appVersion,
    exportedAt: backup.exportedAt,
  })
  return {
    file: new File([JSON.stringify(encrypted)], `steady-backup-${day}-encrypted.json`, {
      type: 'application/json',
    }),
    encrypted: true,
  }
}

export async function recordBackupMade(now = new Date()): Promise<void> {
  await updateSettings({ lastBackupAt: now.toISOString() })
}
