import { differenceInCalendarDays } from 'date-fns'

/** Two weeks: often enough that little is ever at risk, rare enough never to nag. */
export const REMIND_AFTER_DAYS = 14

interface ReminderInput {
  lastBackupAt: string | null
  dismissedAt: string | null
  /** When the oldest entry was written; null when there is nothing to back up yet. */
  firstEntryAt: string | null
  now: Date
}

/** Whether Today shows the quiet backup reminder. */
export function shouldRemindBackup({
  lastBackupAt,
  dismissedAt,
  firstEntryAt,
  now,
}: ReminderInput): boolean {
  if (!firstEntryAt) return false
  const since = (instant: string) => differenceInCalendarDays(now, new Date(instant))
  if (since(lastBackupAt ?? firstEntryAt) < REMIND_AFTER_DAYS) return false
  if (dismissedAt && since(dismissedAt) < REMIND_AFTER_DAYS) return false
  return true
}
