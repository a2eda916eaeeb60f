import type { Table } from 'dexie'
import { db } from '@/db/db'
import type { AppSettings } from '@/db/types'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import type { ValidBackup } from '../logic/backup-format'
import { DEVICE_SETTINGS, ROW_SCHEMAS, type TableName } from '@/db/rows'

export type RestoreMode = 'merge' | 'replace'

export interface RestoreResult {
  added: number
  alreadyHere: number
  replaced: number
}

/** Rows written per step; progress is reported between steps. */
const CHUNK = 500

/**
 * Restores a validated backup in ONE transaction over every table: if anything fails half-way, the
 * database is exactly as it was. "merge" keeps every row that is here and adds the ones that are not
 * (matched by id, so restoring the same backup twice adds nothing); "replace" makes the data exactly
 * the backup's. Either way, this device's lock and storage state are kept.
 */
export async function restoreBackup(
  backup: ValidBackup,
  mode: RestoreMode,
  onProgress?: (done: number, total: number) => void,
): Promise<RestoreResult> {
  const rowTables = (Object.keys(ROW_SCHEMAS) as TableName[]).filter((name) => name !== 'settings')
  const total = rowTables.reduce(
    (sum, name) => sum + backup.tables[name].length,
    backup.tables.settings.length,
  )
  let done = 0
  const result: RestoreResult = { added: 0, alreadyHere: 0, replaced: 0 }

  await db.transaction('rw', db.tables, async () => {
    const current = await db.settings.get('app')
    if (mode === 'replace') {
      result.replaced = await db.entries.count()
      for (const table of db.tables) await table.clear()
    }

    const incoming = backup.tables.settings[0]
    if (incoming && (mode === 'replace' || !current)) {
      const device = Object.fromEntries(
        DEVICE_SETTINGS.map((field) => [field, current?.[field] ?? DEFAULT_SETTINGS[field]]),
      )
      // Whoever restores has started with Steady: never send them back to the welcome.
      const onboardedAt = incoming.onboardedAt ?? current?.onboardedAt ?? new Date().toISOString()
      await db.settings.put({
        ...DEFAULT_SETTINGS,
        ...incoming,
        onboardedAt,
        ...device,
      } as AppSettings)
    } else if (current && mode === 'replace') {
      await db.settings.put(current)
    }
    done += backup.tables.settings.length

    for (const name of rowTables) {
      const table = db.table(name) as Table<{ id: string }, string>
      const rows = backup.tables[name] as { id: string }[]
      for (let start = 0; start < rows.length; start += CHUNK) {
        const slice = rows.slice(start, start + CHUNK)
        if (mode === 'replace') {
          await table.bulkAdd(slice)
          if (name === 'entries') result.added += slice.length
        } else {
          const existing = await table.bulkGet(slice.map((row) => row.id))
          const missing = slice.filter((_, i) => existing[i] === undefined)
          await table.bulkAdd(missing)
          if (name === 'entries') {
            result.added += missing.length
            result.alreadyHere += slice.length - missing.length
          }
        }
        done += slice.length
        onProgress?.(done, total)
      }
    }
  })
  onProgress?.(total, total)
  return result
}
