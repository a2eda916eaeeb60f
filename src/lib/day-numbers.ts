import type { CalendarDay } from './dates'

/**
 * Calendar days as whole numbers (days since 1970-01-01), for maths over years of days. Worked out
 * in UTC from the `yyyy-MM-dd` text, never from local midnights, so a 23- or 25-hour DST day is
 * still exactly one day and long histories stay fast (no Date per step).
 */
export type DayNumber = number

const MS_PER_DAY = 86_400_000

/** The day's number, or NaN for text that is not a real `yyyy-MM-dd` date. */
export function toDayNumber(day: CalendarDay): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return Number.NaN
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, date)
  const check = new Date(time)
  // Rejects 2026-02-30, which Date.UTC would roll over into March. Years below 100 are not days
  // anyone logs; Date.UTC maps them to 19xx, so they fail this check too.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return Number.NaN
  return time / MS_PER_DAY
}

export function fromDayNumber(value: DayNumber): CalendarDay {
  const date = new Date(value * MS_PER_DAY)
  const pad = (part: number, length = 2) => String(part).padStart(length, '0')
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. 1970-01-01 was a Thursday. */
export function weekdayOf(value: DayNumber): number {
  return (((value + 4) % 7) + 7) % 7
}

/** The first day of the week that holds `value`, for weeks starting on `weekStartsOn` (0–6). */
export function startOfWeekNumber(value: DayNumber, weekStartsOn: number): DayNumber {
  return value - ((weekdayOf(value) - weekStartsOn + 7) % 7)
}

export function addDaysToDay(day: CalendarDay, amount: number): CalendarDay {
  return fromDayNumber(toDayNumber(day) + amount)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return toDayNumber(to) - toDayNumber(from)
}
