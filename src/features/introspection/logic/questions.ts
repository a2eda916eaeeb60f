import type { BreakupReason, Direction, Introspection, ThoughtRecord } from '@/db/types'
import type { ExWords } from '@/lib/pronouns'

export const REASON_LABELS: Record<BreakupReason, string> = {
  distance: 'Distance between us',
  'little-time': 'Little time together',
  communication: 'Talking to each other faded',
  trust: 'Trust broke',
  'different-futures': 'We wanted different futures',
  'unresolved-arguments': 'Arguments that never got resolved',
}

export type TextField = 'myPart' | 'theirPart' | 'trigger' | 'change'
export type ThoughtTextField = Exclude<keyof ThoughtRecord, 'belief' | 'rerating'>
export type ThoughtRatingField = 'belief' | 'rerating'

/** One screen of the introspection: one question each. */
export type IntrospectionStep =
  | { kind: 'reasons' }
  | { kind: 'text'; field: TextField }
  | { kind: 'values' }
  | { kind: 'thought-text'; field: ThoughtTextField }
  | { kind: 'thought-rating'; field: ThoughtRatingField }

export const INTROSPECTION_STEPS: readonly IntrospectionStep[] = [
  { kind: 'reasons' },
  { kind: 'text', field: 'myPart' },
  { kind: 'text', field: 'theirPart' },
  { kind: 'text', field: 'trigger' },
  { kind: 'text', field: 'change' },
  { kind: 'values' },
  { kind: 'thought-text', field: 'situation' },
  { kind: 'thought-text', field: 'thought' },
  { kind: 'thought-rating', field: 'belief' },
  { kind: 'thought-text', field: 'feeling' },
  { kind: 'thought-text', field: 'supports' },
  { kind: 'thought-text', field: 'against' },
  { kind: 'thought-text', field: 'balanced' },
  { kind: 'thought-rating', field: 'rerating' },
]

/** Where the optional thought record starts, so it can be skipped as a whole. */
export const THOUGHT_RECORD_START = INTROSPECTION_STEPS.findIndex(
  (step) => step.kind === 'thought-text',
)

export interface Wording {
  question: string
  hint: string
}

/**
 * The words of each question. The direction chosen in step 0 changes some of them (what to take
 * into another try, or into what comes next); it never removes a question.
 */
export function wordingFor(
  step: IntrospectionStep,
  ex: ExWords,
  direction: Direction | null,
): Wording {
  switch (step.kind) {
    case 'reasons':
      return {
        question: 'Why did it end?',
        hint: 'Pick any that fit, and add your own words. Most endings have more than one reason.',
      }
    case 'values':
      return {
        question: 'What matters most to you?',
        hint: 'Pick up to five, or add your own. Your plan is checked against them.',
      }
    case 'text':
      return TEXT_WORDING[step.field](ex, direction)
    case 'thought-text':
      return THOUGHT_TEXT_WORDING[step.field]
    case 'thought-rating':
      return step.field === 'belief'
        ? {
            question: 'How strongly do you believe that thought?',
            hint: '0 is not at all, 100 is completely.',
          }
        : {
            question: 'And now: how strongly do you believe the first thought?',
            hint: 'Any change counts. It is fine if it hasn’t moved.',
          }
  }
}

const TEXT_WORDING: Record<TextField, (ex: ExWords, direction: Direction | null) => Wording> = {
  myPart: () => ({
    question: 'What do you see as your part in it?',
    hint: 'Honest, not harsh: the way you would speak to a friend.',
  }),
  theirPart: (ex) => ({
    question: `What do you see as ${ex.name}’s part?`,
    hint: 'What you noticed, not a verdict.',
  }),
  trigger: () => ({
    question: 'What set off the end?',
    hint: 'A moment, a conversation, or something that built up.',
  }),
  change: (_ex, direction) => ({
    question: 'What do you want to change in yourself, whatever happens?',
    hint:
      direction === 'try-again'
        ? 'Something you would bring to another try, and keep even if it doesn’t work out.'
        : direction === 'let-go'
          ? 'Something to take with you into what comes next.'
          : 'Something for you, not to win anyone back.',
  }),
}

const THOUGHT_TEXT_WORDING: Record<ThoughtTextField, Wording> = {
  situation: {
    question: 'A thought record: when does the painful thought come?',
    hint: 'Optional. Pick one thought that keeps coming back. Where were you, what was happening?',
  },
  thought: {
    question: 'What is the thought?',
    hint: 'In the words it comes in, for example “I will never be loved like that again”.',
  },
  feeling: { question: 'What do you feel when it comes?', hint: 'Sad, angry, empty, ashamed…' },
  supports: { question: 'What seems to support the thought?', hint: 'Facts, not feelings.' },
  against: {
    question: 'What doesn’t fit with it?',
    hint: 'What would a friend who knows you well point out?',
  },
  balanced: {
    question: 'What is a more balanced way to see it?',
    hint: 'Not forced positive: something you can believe.',
  },
}

/** Words people add as a value, normalised to compare duplicates. */
function sameValue(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
}

export const MAX_VALUES = 5
export const MAX_VALUE_LENGTH = 200

/** About thirty values to pick from. */
export const VALUE_CHOICES = [
  'Kindness',
  'Health',
  'Family',
  'Friendship',
  'Adventure',
  'Honesty',
  'Independence',
  'Learning',
  'Creativity',
  'Calm',
  'Faith',
  'Fun',
  'Generosity',
  'Growth',
  'Humour',
  'Loyalty',
  'Nature',
  'Respect',
  'Security',
  'Self-respect',
  'Courage',
  'Community',
  'Work I care about',
  'Fairness',
  'Patience',
  'Gratitude',
  'Rest',
  'Music and art',
  'Caring for others',
  'Being present',
] as const

/** Adds or removes a value; refuses a sixth with a kind message. */
export function toggleValue(
  values: readonly string[],
  value: string,
): { values: string[]; problem: string | null } {
  const existing = values.findIndex((other) => sameValue(other, value))
  if (existing >= 0) return { values: values.filter((_, i) => i !== existing), problem: null }
  if (values.length >= MAX_VALUES)
    return {
      values: [...values],
      problem: `You have five already. Take one away to add ${value.trim()}.`,
    }
  return { values: [...values, value], problem: null }
}

/** Checks a value the person typed before it is added. */
export function validateOwnValue(value: string, values: readonly string[]): string | null {
  const trimmed = value.trim()
  if (trimmed === '') return 'Type a value first, for example “being near the sea”.'
  if (trimmed.length > MAX_VALUE_LENGTH)
    return `Please keep a value to ${MAX_VALUE_LENGTH} characters.`
  if (values.some((other) => sameValue(other, trimmed))) return `${trimmed} is already chosen.`
  if (values.length >= MAX_VALUES) return `You have five already. Take one away to add another.`
  return null
}

/** How much of a run has an answer: for the list of past runs. */
export function countAnswered(run: Introspection): number {
  return INTROSPECTION_STEPS.filter((step) => hasAnswer(run, step)).length
}

export function hasAnswer(run: Introspection, step: IntrospectionStep): boolean {
  switch (step.kind) {
    case 'reasons':
      return run.reasons.length > 0 || run.ownReason.trim() !== ''
    case 'values':
      return run.values.length > 0
    case 'text':
      return run[step.field].trim() !== ''
    case 'thought-text':
      return run.thought[step.field].trim() !== ''
    case 'thought-rating':
      return run.thought[step.field] !== null
  }
}

/** A 0–100 rating from the field's text; null when empty; a problem when it is not one. */
export function parseRating(text: string): { rating: number | null; problem: string | null } {
  const trimmed = text.trim()
  if (trimmed === '') return { rating: null, problem: null }
  const value = Number(trimmed)
  if (!Number.isInteger(value) || value < 0 || value > 100)
    return { rating: null, problem: 'Choose a whole number from 0 to 100.' }
  return { rating: value, problem: null }
}
