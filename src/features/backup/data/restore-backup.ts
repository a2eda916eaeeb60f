import type { Table } from 'dexie'
import { db } from '@/db/db'
import { DEVICE_SETTINGS, ROW_SCHEMAS, type TableName } from '@/db/rows'
import type { AppSettings, NoContactPlan } from '@/db/types'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import type { ValidBackup } from '../logic/backup-format'
import { hasOwnProfile } from '../logic/profile'

export type RestoreMode = 'merge' | 'replace'

export interface RestoreOptions {
  /**
   * Merge only: take the backup's names, pronouns and theme. When not given, they are taken only
   * while this device's are still the defaults (a new phone after the welcome); otherwise the
   * preview asks.
   */
  takeSettings?: boolean
  onProgress?: (done: number, total: number) => void
}

export interface RestoreResult {
  /** Journal entries added. */
  added: number
  /** Journal entries that were already here, the same on both sides. */
  alreadyHere: number
  /** Journal entries removed by a replace. */
  replaced: number
  /**
   * Rows on both sides that had been edited differently (by `updatedAt`), per table: the newer
   * version was kept, whichever side it came from.
   */
  differed: Partial<Record<TableName, number>>
  /** Whether the backup's names, pronouns and theme are now this device's. */
  settingsTaken: boolean
  /** Merge never adds a file's unsaved drafts: they would put words in the composer. */
  draftsLeftOut: number
}

/** Rows written per step; progress is reported between steps. */
const CHUNK = 500

/**
 * Restores a validated backup in ONE transaction over every table: if anything fails half-way, the
 * database is exactly as it was. "merge" keeps every row that is here and adds the ones that are not
 * (matched by id, so restoring the same backup twice adds nothing); where the same row was edited
 * on both sides, the newer `updatedAt` wins; a file's drafts are left out. "replace" makes the data
 * exactly the backup's. Either way this device's lock and storage state are kept, and at most one
 * no-contact count is left running.
 */
export async function restoreBackup(
  backup: ValidBackup,
  mode: RestoreMode,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const { onProgress } = options
  const rowTables = (Object.keys(ROW_SCHEMAS) as TableName[]).filter(
    (name) => name !== 'settings' && !(mode === 'merge' && name === 'drafts'),
  )
  const total = rowTables.reduce(
    (sum, name) => sum + backup.tables[name].length,
    backup.tables.settings.length,
  )
  let done = 0
  const result: RestoreResult = {
    added: 0,
    alreadyHere: 0,
    replaced: 0,
    differed: {},
    settingsTaken: false,
    draftsLeftOut: mode === 'merge' ? backup.tables.drafts.length : 0,
  }

  await db.transaction('rw', db.tables, async () => {
    const current = await db.settings.get('app')
    if (mode === 'replace') {
      result.replaced = await db.entries.count()
      for (const table of db.tables) await table.clear()
    }

    const incoming = backup.tables.settings[0]
    const take = mode === 'replace' || !current || (options.takeSettings ?? !hasOwnProfile(current))
    if (incoming && take) {
      const device = Object.fromEntries(
        DEVICE_SETTINGS.map((field) => [field, current?.[field] ?? DEFAULT_SETTINGS[field]]),
      )
      // Whoever restores has started with Steady: never send them back to the welcome.
      const onboardedAt =
        (mode === 'merge' ? current?.onboardedAt : null) ??
        incoming.onboardedAt ??
        current?.onboardedAt ??
        new Date().toISOString()
      await db.settings.put({
        ...DEFAULT_SETTINGS,
        ...(mode === 'merge' ? current : {}),
        ...incoming,
        onboardedAt,
        ...device,
      } as AppSettings)
      result.settingsTaken = true
    } else if (current && mode === 'replace') {
      await db.settings.put(current)
    }
    done += backup.tables.settings.length

    for (const name of rowTables) {
      const table = db.table(name) as Table<{ id: string; updatedAt?: string }, string>
      const rows = backup.tables[name] as { id: string; updatedAt?: string }[]
      for (let start = 0; start < rows.length; start += CHUNK) {
        const slice = rows.slice(start, start + CHUNK)
        if (mode === 'replace') {
          await table.bulkAdd(slice)
          if (name === 'entries') result.added += slice.length
        } else {
          const existing = await table.bulkGet(slice.map((row) => row.id))
          const missing = slice.filter((_, i) => existing[i] === undefined)
          const newer = slice.filter((row, i) => isNewer(row, existing[i]))
          const differed = slice.filter((row, i) => differs(row, existing[i])).length
          await table.bulkAdd(missing)
          await table.bulkPut(newer)
          if (differed > 0) result.differed[name] = (result.differed[name] ?? 0) + differed
          if (name === 'entries') {
            result.added += missing.length
            result.alreadyHere += slice.length - missing.length - differed
          }
        }
        done += slice.length
        onProgress?.(done, total)
      }
    }
    await keepOneCountRunning()
  })
  onProgress?.(total, total)
  return result
}

type Versioned = { updatedAt?: string } | undefined

/** Both sides hold the row, edited at different times. */
function differs(incoming: Versioned, here: Versioned): boolean {
  return (
    here !== undefined &&
    incoming?.updatedAt !== undefined &&
    here.updatedAt !== undefined &&
    incoming.updatedAt !== here.updatedAt
  )
}

function isNewer(incoming: Versioned, here: Versioned): boolean {
  return differs(incoming, here) && Date.parse(incoming!.updatedAt!) > Date.parse(here!.updatedAt!)
}

/**
 * Two phones can each have a count running (or a file can hold two): the latest-started one keeps
 * running and every other ends when it began, exactly as starting over does, so its history stays.
 */
async function keepOneCountRunning(): Promise<void> {
  const running = await db.noContactPlans.filter((plan) => plan.endedAt === null).toArray()
  if (running.length < 2) return
  const [latest, ...others] = running.sort(byStartDescending)
  for (const plan of others) await db.noContactPlans.update(plan.id, { endedAt: latest!.startAt })
}

function byStartDescending(a: NoContactPlan, b: NoContactPlan): number {
  return Date.parse(b.startAt) - Date.parse(a.startAt) || (a.id < b.id ? 1 : -1)
}
