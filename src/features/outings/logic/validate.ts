import type { OutingKind } from '@/db/types'
import { UserError } from '@/lib/errors'
import { isKnownTimeZone } from '@/lib/time-zones'
import { getEndMs, getStartMs, parseWall, type OutingTimes } from './outing-time'

export const MAX_TITLE_LENGTH = 200
export const MAX_SHORT_LENGTH = 500
export const MAX_NOTE_LENGTH = 20_000

/** What the planning form gives. Times are "HH:mm" in `timeZone`. */
export interface OutingInput extends OutingTimes {
  kind: OutingKind | null
  title: string
  withWhom: string
  place: string
  note: string
}

export type OutingField = 'title' | 'day' | 'startTime' | 'endTime' | 'withWhom' | 'place' | 'note'
export type OutingProblems = Partial<Record<OutingField, string>>

function tooLong(text: string, max: number, what: string): string | undefined {
  if (text.length <= max) return undefined
  return `${what} is ${(text.length - max).toLocaleString('en')} characters too long (up to ${max.toLocaleString('en')}).`
}

/** Every problem with the input, by field, in plain words; an empty object when it can be saved. */
export function validateOuting(input: OutingInput): OutingProblems {
  const problems: OutingProblems = {}
  if (input.title.trim() === '') {
    problems.title =
      'Give it a short name, like “Dinner with Sam”: it’s what you’ll see on Today and in your calendar.'
  } else {
    const long = tooLong(input.title, MAX_TITLE_LENGTH, 'The name')
    if (long) problems.title = long
  }
  if (!parseWall(input.day, null)) problems.day = 'Choose a real date.'
  if (input.startTime !== null && !parseWall('2000-01-01', input.startTime)) {
    problems.startTime = 'Choose a real time, or leave it empty for the whole day.'
  }
  if (input.endTime !== null) {
    if (!parseWall('2000-01-01', input.endTime)) problems.endTime = 'Choose a real end time.'
    else if (input.startTime === null)
      problems.endTime = 'Add a start time first, or leave the end empty for the whole day.'
    else if (!problems.day && !problems.startTime && getEndMs(input) <= getStartMs(input)) {
      problems.endTime = input.endsNextDay
        ? 'The end is not after the start. Check the times.'
        : 'It ends before it starts. Choose a later end, or tick “Ends after midnight”.'
    }
  }
  if (!isKnownTimeZone(input.timeZone)) problems.day = 'This time zone is unknown on this device.'
  const withWhom = tooLong(input.withWhom, MAX_SHORT_LENGTH, 'Who is coming')
  if (withWhom) problems.withWhom = withWhom
  const place = tooLong(input.place, MAX_SHORT_LENGTH, 'The place')
  if (place) problems.place = place
  const note = tooLong(input.note, MAX_NOTE_LENGTH, 'The note')
  if (note) problems.note = note
  return problems
}

/** What was typed cannot be saved: a UserError carrying every problem, by field. */
export class OutingValidationError extends UserError {
  override name = 'OutingValidationError'
  constructor(readonly problems: OutingProblems) {
    super(Object.values(problems).join(' '), { field: Object.keys(problems)[0] })
  }
}
