import type { Outing } from '@/db/types'
import { fromWallTime, toWallTime } from '@/lib/time-zones'
import {
  escapeText,
  formatDate,
  formatDuration,
  formatLocal,
  formatUtc,
  writeCalendar,
} from './ics-writer'
import { getDurationMinutes, getEndMs, getStartMs, parseWall } from './outing-time'
import { buildVTimezone } from './vtimezone'

export const PRODID = '-//Steady//Outings and reminders//EN'
/** An hour before a timed outing; 9:00 the day before a whole-day one. */
const TIMED_ALARM = -60
const ALL_DAY_ALARM = -15 * 60

export type CalendarOuting = Pick<
  Outing,
  | 'uid'
  | 'sequence'
  | 'title'
  | 'withWhom'
  | 'place'
  | 'note'
  | 'day'
  | 'startTime'
  | 'endTime'
  | 'endsNextDay'
  | 'timeZone'
  | 'status'
>

function text(name: string, value: string): string[] {
  return value.trim() === '' ? [] : [`${name}:${escapeText(value)}`]
}

/** What the calendar shows under the title: who with, then the note. */
function describe(outing: CalendarOuting): string {
  return [outing.withWhom.trim() && `With ${outing.withWhom.trim()}`, outing.note.trim()]
    .filter(Boolean)
    .join('\n\n')
}

/** One outing as a VEVENT: zoned start (or a whole day), its real duration, and an alarm before it. */
export function outingEvent(outing: CalendarOuting, now: Date): string[] {
  const wall = parseWall(outing.day, outing.startTime)
  if (!wall) throw new Error(`This outing's date (${outing.day}) is not a real date.`)
  const start =
    outing.startTime === null
      ? `DTSTART;VALUE=DATE:${formatDate(wall.year, wall.month, wall.day)}`
      : `DTSTART;TZID=${outing.timeZone}:${formatLocal(wall)}`
  const duration = outing.startTime === null ? 1440 : getDurationMinutes(outing)
  return [
    'BEGIN:VEVENT',
    `UID:${outing.uid}`,
    `DTSTAMP:${formatUtc(now.getTime())}`,
    `SEQUENCE:${outing.sequence}`,
    start,
    `DURATION:${formatDuration(duration)}`,
    `SUMMARY:${escapeText(outing.title)}`,
    ...text('LOCATION', outing.place),
    ...text('DESCRIPTION', describe(outing)),
    `STATUS:${outing.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(outing.title)}`,
    `TRIGGER:${formatDuration(outing.startTime === null ? ALL_DAY_ALARM : TIMED_ALARM)}`,
    'END:VALARM',
    'END:VEVENT',
  ]
}

/** The years an event's times touch in its zone, with a year's margin for the alarm before it. */
function yearsOf(outing: CalendarOuting): [number, number] {
  const start = getStartMs(outing)
  return [
    toWallTime(start - 86_400_000, outing.timeZone).year,
    toWallTime(getEndMs(outing), outing.timeZone).year,
  ]
}

/** One VTIMEZONE per zone used by a timed outing, covering the years the outings fall in. */
function timeZonesFor(outings: readonly CalendarOuting[]): string[] {
  const spans = new Map<string, [number, number]>()
  for (const outing of outings) {
    if (outing.startTime === null) continue
    const [from, to] = yearsOf(outing)
    const known = spans.get(outing.timeZone)
    spans.set(
      outing.timeZone,
      known ? [Math.min(known[0], from), Math.max(known[1], to)] : [from, to],
    )
  }
  return [...spans.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([zone, [from, to]]) => buildVTimezone(zone, from, to))
}

function calendar(name: string, body: string[]): string {
  return writeCalendar([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...body,
    'END:VCALENDAR',
  ])
}

/** A calendar file holding the given outings (one, or every upcoming one). */
export function outingsCalendar(outings: readonly CalendarOuting[], now: Date): string {
  return calendar('Steady outings', [
    ...timeZonesFor(outings),
    ...outings.flatMap((outing) => outingEvent(outing, now)),
  ])
}

/** A file name people recognise: "dinner-with-sam.ics"; "outing.ics" when the title has no letters. */
export function calendarFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return `${slug || 'outing'}.ics`
}

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type WeekdayCode = (typeof WEEKDAY_CODES)[number]

export interface CheckInReminder {
  uid: string
  sequence: number
  /** "HH:mm" in `timeZone`. */
  time: string
  /** Every day when all seven are chosen. */
  weekdays: readonly WeekdayCode[]
  timeZone: string
}

/** How many years of clock changes a repeating reminder lists when no yearly rule fits. */
const REMINDER_YEARS = 5

/**
 * The daily check-in reminder: a repeating event at the chosen time, from the next such time on,
 * with an alarm as it starts. The calendar cannot know about check-ins, so it reminds every day.
 */
export function reminderCalendar(reminder: CheckInReminder, now: Date): string {
  const days = WEEKDAY_CODES.filter((code) => reminder.weekdays.includes(code))
  if (days.length === 0) throw new Error('Choose at least one day for the reminder.')
  const today = toWallTime(now.getTime(), reminder.timeZone)
  const [hour, minute] = reminder.time.split(':').map(Number) as [number, number]
  // The first chosen day at the chosen time still ahead: RFC 5545 wants DTSTART to be one of the
  // repetitions.
  let first = { ...today, hour, minute, second: 0 }
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead))
    first = {
      ...first,
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    }
    const code = WEEKDAY_CODES[(date.getUTCDay() + 6) % 7]!
    if (days.includes(code) && fromWallTime(first, reminder.timeZone) > now.getTime()) break
  }
  const rule = days.length === 7 ? 'RRULE:FREQ=DAILY' : `RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}`
  return calendar('Steady check-in', [
    ...buildVTimezone(reminder.timeZone, first.year, first.year + REMINDER_YEARS, {
      recurring: true,
    }),
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${formatUtc(now.getTime())}`,
    `SEQUENCE:${reminder.sequence}`,
    `DTSTART;TZID=${reminder.timeZone}:${formatLocal(first)}`,
    'DURATION:PT5M',
    rule,
    'SUMMARY:Check in with Steady',
    `DESCRIPTION:${escapeText('A minute for yourself: how are you right now? Open Steady to check in.\nIf you already checked in today, let this one pass.')}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'DESCRIPTION:Check in with Steady',
    'TRIGGER:PT0S',
    'END:VALARM',
    'END:VEVENT',
  ])
}
