import { differenceInCalendarDays } from 'date-fns'

/** A calendar day as the person lives it, in local time: `yyyy-MM-dd`. */
export type CalendarDay = string
/** A moment in time: an ISO 8601 string from `Date.prototype.toISOString()`. */
export type Instant = string

// Display uses the browser's Intl (no locale data to ship); date-fns does the calendar arithmetic.
// Parts are joined by hand: ICU versions disagree on the comma after the weekday.
const weekdayName = new Intl.DateTimeFormat('en-GB', { weekday: 'long' })
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long' })
// The person's own 12- or 24-hour habit.
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' })

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0')
}

/** The local calendar day of an instant, as stored: `yyyy-MM-dd`. */
export function toCalendarDay(date: Date): CalendarDay {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function toInstant(date: Date): Instant {
  return date.toISOString()
}

/** Reads a stored day back as local midnight; null for anything that is not a real date. */
export function parseCalendarDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const result = new Date(year, month - 1, date)
  // Rejects 2026-02-30 and friends, which Date would quietly roll over into March.
  return toCalendarDay(result) === day ? result : null
}

/** "Thursday 26 November" (with the year when it is not this year). */
export function formatLongDate(date: Date, now: Date = new Date()): string {
  const text = `${weekdayName.format(date)} ${date.getDate()} ${monthName.format(date)}`
  return date.getFullYear() === now.getFullYear() ? text : `${text} ${date.getFullYear()}`
}

/** "Today", "Yesterday", or the long date. */
export function describeDay(day: CalendarDay, now: Date = new Date()): string {
  const date = parseCalendarDay(day)
  if (!date) return day
  const diff = differenceInCalendarDays(now, date)
  if (diff === 0) return 'Today'
  if (diff === 1) return 'Yesterday'
  return formatLongDate(date, now)
}

/** Local time of day in the person's usual style: "21:05" or "9:05 PM". */
export function formatTime(instant: Instant): string {
  const date = new Date(instant)
  return Number.isNaN(date.getTime()) ? '' : timeOfDay.format(date)
}

/** Which greeting fits the local hour. */
export function partOfDay(now: Date = new Date()): 'morning' | 'afternoon' | 'evening' | 'night' {
  const hour = now.getHours()
  if (hour < 5) return 'night'
  if (hour < 12) return 'morning'
  if (hour < 18) return 'afternoon'
  if (hour < 23) return 'evening'
  return 'night'
}

// Date-input helpers: forms hold a day (`<input type="date">`) and a time (`<input type="time">`).

/** A local date and time from the form's `yyyy-MM-dd` and `HH:mm`; an invalid Date if they are not real. */
export function fromDateAndTime(day: string, time: string): Date {
  const date = parseCalendarDay(day)
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (!date || !match) return new Date(Number.NaN)
  const [hours, minutes] = [Number(match[1]), Number(match[2])]
  if (hours > 23 || minutes > 59) return new Date(Number.NaN)
  date.setHours(hours, minutes, 0, 0)
  return date
}

export function toTimeInput(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
}

/** Night, for words such as "tonight": from 8 in the evening until 5 in the morning, local time. */
export function isNight(now: Date = new Date()): boolean {
  const hour = now.getHours()
  return hour >= 20 || hour < 5
}
