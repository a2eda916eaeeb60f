import { db } from '@/db/db'
import type { JournalEntry } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'

let counter = 0

/** A journal entry row; `at` sets both its day and its creation time. */
export function buildEntry(overrides: Partial<JournalEntry> & { at?: Date } = {}): JournalEntry {
  const { at = new Date(2026, 10, 20, 21, 30), ...rest } = overrides
  counter++
  return {
    id: `entry-${counter}`,
    kind: 'check-in',
    day: toCalendarDay(at),
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    mood: 3,
    text: `Entry number ${counter}`,
    ...rest,
  }
}

export async function seedEntries(entries: JournalEntry[]) {
  await db.entries.bulkAdd(entries)
}
