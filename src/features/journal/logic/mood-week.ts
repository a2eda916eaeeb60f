import { addDays } from 'date-fns'
import type { CalendarDay, JournalEntry, Mood } from '@/db/types'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'

export interface WeekDay {
  day: CalendarDay
  /** "Mon": shown under the day's mark. */
  shortName: string
  /** "Monday": read out. */
  longName: string
  /** The day's mood: its check-in's, or the last entry's that has one; null when none was noted. */
  mood: Mood | null
  isToday: boolean
}

// Intl, not date-fns' format: that would put its whole formatter and locale on Today's first load.
const SHORT = new Intl.DateTimeFormat('en-GB', { weekday: 'short' })
const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long' })

/** The seven days ending on `today` (oldest first), each with its mood if one was noted. */
export function summariseWeek(
  entries: readonly Pick<JournalEntry, 'day' | 'kind' | 'mood' | 'createdAt'>[],
  today: CalendarDay,
): WeekDay[] {
  const end = parseCalendarDay(today)
  if (!end) return []
  return Array.from({ length: 7 }, (_, index) => {
    const date = addDays(end, index - 6)
    const day = toCalendarDay(date)
    const ofDay = entries
      .filter((entry) => entry.day === day && entry.mood !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    const checkIn = ofDay.find((entry) => entry.kind === 'check-in')
    return {
      day,
      shortName: SHORT.format(date),
      longName: LONG.format(date),
      mood: (checkIn ?? ofDay.at(-1))?.mood ?? null,
      isToday: day === today,
    }
  })
}

/** The first day of the seven ending on `today`. */
export function weekStart(today: CalendarDay): CalendarDay {
  const end = parseCalendarDay(today)
  return end ? toCalendarDay(addDays(end, -6)) : today
}
