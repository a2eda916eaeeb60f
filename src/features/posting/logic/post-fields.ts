import { dayAndTimeWords, type FieldWords } from '@/lib/field-words'
import type { DraftFieldsByKind, Post, PostAudience, YesNoUnsure } from '@/db/types'
import { fromDateAndTime, toCalendarDay, toTimeInput } from '@/lib/dates'
import { UserError } from '@/lib/errors'

/** What the pause-and-log form holds while the person types (the `post` draft's fields). */
export type PostFormFields = DraftFieldsByKind['post']

export const MAX_WHAT_LENGTH = 20_000
export const MAX_WHERE_LENGTH = 200
/** Phones' clocks drift a little: a post "in a minute" is still now. */
const FUTURE_SLACK_MS = 5 * 60 * 1000

export function emptyPostFields(now: Date): PostFormFields {
  return {
    forWhom: null,
    noReaction: '',
    anyway: null,
    what: '',
    where: '',
    day: toCalendarDay(now),
    time: toTimeInput(now),
  }
}

export function postFieldsOf(post: Post): PostFormFields {
  const at = new Date(post.at)
  return {
    ...post.reflection,
    what: post.what,
    where: post.where,
    day: toCalendarDay(at),
    time: toTimeInput(at),
  }
}

/** What a write needs: the fields, with when as a moment. */
export interface PostInput {
  at: Date
  what: string
  where: string
  reflection: Post['reflection']
}

export function postInputOf(fields: PostFormFields): PostInput {
  return {
    at: fromDateAndTime(fields.day, fields.time),
    what: fields.what,
    where: fields.where.trim(),
    reflection: { forWhom: fields.forWhom, noReaction: fields.noReaction, anyway: fields.anyway },
  }
}

/** Throws a UserError naming the field, for the first thing that cannot be kept as typed. */
export function assertValidPost(input: PostInput, now: Date): void {
  if (Number.isNaN(input.at.getTime())) {
    throw new UserError('Choose a real date and time for when you posted.', { field: 'when' })
  }
  if (input.at.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new UserError('That time is still to come. Log a post once it’s up.', { field: 'when' })
  }
  if (input.what.length > MAX_WHAT_LENGTH) {
    throw new UserError(
      `What you posted is ${(input.what.length - MAX_WHAT_LENGTH).toLocaleString('en')} characters too long (up to ${MAX_WHAT_LENGTH.toLocaleString('en')}). Longer thoughts fit in the journal.`,
      { field: 'what' },
    )
  }
  if (input.where.length > MAX_WHERE_LENGTH) {
    throw new UserError(`Keep where to ${MAX_WHERE_LENGTH} characters.`, { field: 'where' })
  }
  if (input.reflection.noReaction.length > MAX_WHAT_LENGTH) {
    throw new UserError('Your answer is too long to keep here; the journal has room for it.', {
      field: 'noReaction',
    })
  }
}

export const AUDIENCE_CHOICES: { value: PostAudience; label: string }[] = [
  { value: 'me', label: 'For me' },
  { value: 'friends', label: 'For friends and family' },
  { value: 'ex', label: 'Mostly for my ex to see' },
  { value: 'not-sure', label: 'I’m not sure' },
]

export const ANYWAY_CHOICES: { value: YesNoUnsure; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'Probably not' },
  { value: 'not-sure', label: 'Not sure' },
]

/**
 * A word back after the pause, from the person's own answers. It never says what to do and never
 * judges: it names what they said, and makes waiting an easy choice.
 */
export function reflectOnPause(
  fields: Pick<PostFormFields, 'forWhom' | 'anyway'>,
  exName: string,
): string | null {
  const { forWhom, anyway } = fields
  if (forWhom === null && anyway === null) return null
  if (forWhom === 'ex' || anyway === 'no') {
    return `It sounds like this one is partly for ${exName}. That’s human. A post can’t tell you how they feel, and waiting for a reaction can sting. It can wait a day: if it still feels right tomorrow, it will still be there.`
  }
  if (anyway === 'yes' && (forWhom === 'me' || forWhom === 'friends')) {
    return 'It sounds like this one is yours. Share something true, keep it kind, and let one post be enough for now.'
  }
  return 'Not being sure is a fine answer. Waiting an hour costs nothing, and if it still feels right then, go ahead.'
}

/** A post's fields in words, field by field: for showing two versions of one side by side. */
export function postWords(fields: PostFormFields, exName: string): FieldWords[] {
  const label = <T>(choices: { value: T; label: string }[], value: T | null) =>
    choices.find((choice) => choice.value === value)?.label ?? ''
  return [
    { label: 'What you posted', words: fields.what },
    { label: 'Where', words: fields.where },
    { label: 'When', words: dayAndTimeWords(fields.day, fields.time) },
    { label: 'Who it was for', words: label(AUDIENCE_CHOICES, fields.forWhom) },
    { label: 'If no one reacts', words: fields.noReaction },
    {
      label: `Anyway, if ${exName} never saw it`,
      words: label(ANYWAY_CHOICES, fields.anyway),
    },
  ]
}
