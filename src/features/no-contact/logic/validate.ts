import type { CalendarDay } from '@/db/types'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'
import { assertNoProblem } from '@/lib/errors'

/** Enough for a long note; anything longer belongs in the journal. */
export const MAX_NOTE_LENGTH = 20_000
export const MAX_PLATFORM_LENGTH = 100
/** Phones' clocks drift a little; a contact "in a minute" is still now. */
const FUTURE_SLACK_MS = 5 * 60 * 1000

export function validateStartDay(day: CalendarDay, now: Date): string | null {
  if (!parseCalendarDay(day)) return 'Choose a real date for the start.'
  if (day > toCalendarDay(now))
    return 'The start can be today or a day in the past, not in the future.'
  return null
}

export function validateWhen(
  at: Date,
  now: Date,
  what: 'contact' | 'urge' = 'contact',
): string | null {
  if (Number.isNaN(at.getTime())) return 'Choose a real date and time.'
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    return what === 'contact'
      ? 'This is in the future. Log contact once it has happened.'
      : 'This is in the future. Choose when the urge came.'
  }
  return null
}

export function validateNote(note: string, label = 'The note'): string | null {
  if (note.length > MAX_NOTE_LENGTH) {
    return `${label} is ${(note.length - MAX_NOTE_LENGTH).toLocaleString('en')} characters too long (up to ${MAX_NOTE_LENGTH.toLocaleString('en')}). Longer thoughts fit in the journal.`
  }
  return null
}

export function validateIntensity(intensity: number | null): string | null {
  if (intensity === null) return 'Choose how strong the urge is, from 1 to 10.'
  if (!Number.isInteger(intensity) || intensity < 1 || intensity > 10)
    return 'Choose a number from 1 to 10.'
  return null
}

export function validatePlatform(name: string, existing: readonly string[]): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'Type the name of the app or site, for example Instagram.'
  if (trimmed.length > MAX_PLATFORM_LENGTH)
    return `Please keep the name to ${MAX_PLATFORM_LENGTH} characters.`
  if (existing.some((other) => other.trim().toLocaleLowerCase() === trimmed.toLocaleLowerCase())) {
    return `${trimmed} is already on the list.`
  }
  return null
}

/** Throws the first problem as a UserError, which forms show in the person's words. */
export function assertValid(...problems: (string | null)[]): void {
  assertNoProblem(...problems)
}
