import type { CalendarDay, HabitPause, HabitTarget } from '@/db/types'
import { formatLongDate, parseCalendarDay } from '@/lib/dates'
import { MAX_TIMES_A_WEEK } from './targets'
import { UserError } from '@/lib/errors'

export const MAX_NAME_LENGTH = 60
export const MAX_LOG_NOTE_LENGTH = 2000

/** The form of a name used to compare: trimmed, NFC, case-folded. "Walk" and " walk " are one. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase()
}

export function validateName(
  name: string,
  others: readonly { name: string; archivedAt: string | null }[],
): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'Give the habit a name, for example “A walk outside”.'
  if ([...trimmed].length > MAX_NAME_LENGTH)
    return `Please keep the name to ${MAX_NAME_LENGTH} characters; a short name is easier to tick.`
  const same = others.find((other) => nameKey(other.name) === nameKey(trimmed))
  if (same) {
    return same.archivedAt
      ? `You have a habit called “${same.name}” among your archived habits. Bring it back, or choose another name.`
      : `You already have a habit called “${same.name}”. Choose another name.`
  }
  return null
}

export function validateTarget(target: HabitTarget): string | null {
  if (target.kind === 'weekly') {
    if (!Number.isInteger(target.times) || target.times < 1 || target.times > MAX_TIMES_A_WEEK)
      return `Choose from 1 to ${MAX_TIMES_A_WEEK} times a week.`
  }
  if (target.kind === 'weekdays') {
    if (target.days.length === 0) return 'Choose at least one day of the week.'
    if (target.days.some((day) => !Number.isInteger(day) || day < 0 || day > 6))
      return 'Choose days of the week from the list.'
  }
  return null
}

export function validateStartDay(day: CalendarDay, today: CalendarDay): string | null {
  if (!parseCalendarDay(day)) return 'Choose a real date for the start.'
  if (day > today) return 'The start can be today or an earlier day, not a day to come.'
  return null
}

/** A log's day must be within the habit's life: from its start day up to today. */
export function validateLogDay(
  day: CalendarDay,
  habit: { name: string; startDay: CalendarDay },
  today: CalendarDay,
): string | null {
  const date = parseCalendarDay(day)
  if (!date) return 'Choose a real date.'
  if (day > today) return 'That day hasn’t come yet. You can log today or an earlier day.'
  if (day < habit.startDay) {
    const start = parseCalendarDay(habit.startDay)
    return `“${habit.name}” starts on ${start ? formatLongDate(start) : habit.startDay}. To log earlier days, move its start earlier in Edit.`
  }
  return null
}

export function validateNote(note: string): string | null {
  if (note.length > MAX_LOG_NOTE_LENGTH) {
    return `The note is ${(note.length - MAX_LOG_NOTE_LENGTH).toLocaleString('en')} characters too long (up to ${MAX_LOG_NOTE_LENGTH.toLocaleString('en')}). Longer thoughts fit in the journal.`
  }
  return null
}

export function validatePause(
  pause: HabitPause,
  existing: readonly HabitPause[],
  habit: { startDay: CalendarDay },
): string | null {
  if (!parseCalendarDay(pause.from)) return 'Choose a real date for the first day of the pause.'
  if (pause.to !== null && !parseCalendarDay(pause.to))
    return 'Choose a real date for the last day of the pause, or leave it open.'
  if (pause.to !== null && pause.to < pause.from)
    return 'The pause ends before it starts. Choose a last day on or after the first.'
  if (pause.from < habit.startDay) return 'A pause can start on the habit’s start day or later.'
  const overlapping = existing.find(
    (other) =>
      (other.to === null || other.to >= pause.from) &&
      (pause.to === null || pause.to >= other.from),
  )
  if (overlapping) return `This overlaps a pause you already have (${describePause(overlapping)}).`
  return null
}

/** "1 December – 14 December", "from 1 December, until you resume". */
export function describePause(pause: HabitPause, now = new Date()): string {
  const from = parseCalendarDay(pause.from)
  const fromText = from ? formatLongDate(from, now) : pause.from
  if (pause.to === null) return `from ${fromText}, until you resume`
  const to = parseCalendarDay(pause.to)
  return `${fromText} – ${to ? formatLongDate(to, now) : pause.to}`
}

/** A habit that can't be saved as given; its message is written for the person (describeError). */
export class HabitInputError extends UserError {
  override name = 'HabitInputError'
}

export function assertValid(...problems: (string | null)[]): void {
  const problem = problems.find((found) => found !== null)
  if (problem) throw new HabitInputError(problem)
}
