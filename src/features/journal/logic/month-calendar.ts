import { addDays, addMonths, addYears, getDaysInMonth } from 'date-fns'
import type { CalendarDay, JournalEntry, Mood } from '@/db/types'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'

/** A month as the address spells it: `yyyy-MM`. */
export type CalendarMonth = string

export function monthOf(day: CalendarDay): CalendarMonth {
  return day.slice(0, 7)
}

/** The month in the address, or `fallback` when it is missing or not a real month. */
export function parseMonth(value: string | null, fallback: CalendarMonth): CalendarMonth {
  return value !== null && /^\d{4}-\d{2}$/.test(value) && parseCalendarDay(`${value}-01`)
    ? value
    : fallback
}

export function firstDayOf(month: CalendarMonth): CalendarDay {
  return `${month}-01`
}

export function lastDayOf(month: CalendarMonth): CalendarDay {
  const first = parseCalendarDay(firstDayOf(month)) as Date
  return toCalendarDay(addDays(first, getDaysInMonth(first) - 1))
}

export function shiftMonth(month: CalendarMonth, by: number): CalendarMonth {
  return monthOf(toCalendarDay(addMonths(parseCalendarDay(firstDayOf(month)) as Date, by)))
}

export function shiftDay(day: CalendarDay, by: number): CalendarDay {
  return toCalendarDay(addDays(parseCalendarDay(day) as Date, by))
}

/**
 * The month's weeks, each seven days from `weekStartsOn` (0 = Sunday … 6 = Saturday); days outside
 * the month are `null`.
 */
export function monthWeeks(month: CalendarMonth, weekStartsOn: number): (CalendarDay | null)[][] {
  const first = parseCalendarDay(firstDayOf(month)) as Date
  const lead = (first.getDay() - weekStartsOn + 7) % 7
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null)
  for (let d = 0; d < getDaysInMonth(first); d++) cells.push(toCalendarDay(addDays(first, d)))
  while (cells.length % 7 !== 0) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

export interface DaySummary {
  /** The day's mood: its check-in's, or else the last entry's that has one (letters aside). */
  mood: Mood | null
  /** Everything written that day, letters included. */
  count: number
}

/** Each day's mood and how many entries it has. */
export function summariseDays(
  entries: readonly Pick<JournalEntry, 'day' | 'kind' | 'mood' | 'createdAt'>[],
): Map<CalendarDay, DaySummary> {
  const byDay = new Map<CalendarDay, DaySummary & { checkIn: boolean; at: string }>()
  const sorted = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  for (const entry of sorted) {
    const day = byDay.get(entry.day) ?? { mood: null, count: 0, checkIn: false, at: '' }
    day.count++
    if (entry.mood !== null && entry.kind !== 'letter' && !day.checkIn) {
      day.mood = entry.mood
      day.checkIn = entry.kind === 'check-in'
    }
    byDay.set(entry.day, day)
  }
  return new Map([...byDay].map(([day, { mood, count }]) => [day, { mood, count }]))
}

export interface EarlierDay {
  day: CalendarDay
  /** "A month ago", "A year ago", "3 years ago". */
  label: string
}

const MONTHS_BACK = [1, 3, 6]
const YEARS_BACK = 10

/**
 * The same date in earlier months and years, for "on this day". A date that month does not have
 * (31 April, 29 February in most years) is left out rather than moved.
 */
export function earlierSameDays(today: CalendarDay): EarlierDay[] {
  const date = parseCalendarDay(today)
  if (!date) return []
  const sameDate = (other: Date) => other.getDate() === date.getDate()
  const days: EarlierDay[] = []
  for (const months of MONTHS_BACK) {
    const other = addMonths(date, -months)
    if (sameDate(other))
      days.push({
        day: toCalendarDay(other),
        label: months === 1 ? 'A month ago' : `${months} months ago`,
      })
  }
  for (let years = 1; years <= YEARS_BACK; years++) {
    const other = addYears(date, -years)
    if (sameDate(other))
      days.push({
        day: toCalendarDay(other),
        label: years === 1 ? 'A year ago' : `${years} years ago`,
      })
  }
  return days
}
