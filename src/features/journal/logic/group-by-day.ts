import type { CalendarDay, JournalEntry } from '@/db/types'

export interface DayGroup {
  day: CalendarDay
  entries: JournalEntry[]
}

/** Groups entries by their day, newest day first and newest entry first within a day. */
export function groupEntriesByDay(entries: readonly JournalEntry[]): DayGroup[] {
  const byDay = new Map<CalendarDay, JournalEntry[]>()
  for (const entry of entries) {
    const list = byDay.get(entry.day)
    if (list) list.push(entry)
    else byDay.set(entry.day, [entry])
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([day, list]) => ({
      day,
      entries: list.sort((a, b) =>
        a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
      ),
    }))
}
