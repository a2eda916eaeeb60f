import { describeRows } from './describe-tables'
import type { ValidBackup } from './backup-format'

export interface BackupSummary {
  entries: number
  drafts: number
  /** Every other table with rows, in words ("the no-contact count and its history", "3 logged urges"). */
  others: string[]
  firstDay: string | null
  lastDay: string | null
  appVersion: string
  exportedAt: string
}

/** What a person needs to see before restoring: how much, which dates, which app wrote it. */
export function summariseBackup(backup: ValidBackup): BackupSummary {
  let firstDay: string | null = null
  let lastDay: string | null = null
  for (const entry of backup.tables.entries) {
    if (firstDay === null || entry.day < firstDay) firstDay = entry.day
    if (lastDay === null || entry.day > lastDay) lastDay = entry.day
  }
  const counts = Object.fromEntries(
    Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]),
  )
  return {
    entries: backup.tables.entries.length,
    drafts: backup.tables.drafts.length,
    // Entries and drafts get lines of their own above.
    others: describeRows({ ...counts, entries: 0, drafts: 0 }),
    firstDay,
    lastDay,
    appVersion: backup.appVersion,
    exportedAt: backup.exportedAt,
  }
}
