import type { ValidBackup } from './backup-format'

export interface BackupSummary {
  entries: number
  drafts: number
  contacts: number
  urges: number
  hasNoContactPlan: boolean
  hasSettings: boolean
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
  return {
    entries: backup.tables.entries.length,
    drafts: backup.tables.drafts.length,
    contacts: backup.tables.contacts.length,
    urges: backup.tables.urges.length,
    hasNoContactPlan: backup.tables.noContactPlans.length > 0,
    hasSettings: backup.tables.settings.length > 0,
    firstDay,
    lastDay,
    appVersion: backup.appVersion,
    exportedAt: backup.exportedAt,
  }
}
