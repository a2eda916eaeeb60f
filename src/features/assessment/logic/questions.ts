import type { AssessmentItemId, SafetyAnswer, ScaleAnswer } from '@/db/types'
import { capitalise, type ExWords } from '@/lib/pronouns'

/** The words under each point of the 1–5 scale: every point is labelled, never a bare number. */
export const SCALE_LABELS: Record<ScaleAnswer, string> = {
  1: 'Not at all',
  2: 'A little',
  3: 'Partly',
  4: 'Mostly',
  5: 'Completely',
}

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const satisfies readonly ScaleAnswer[]

export interface ScaleQuestion {
  id: AssessmentItemId
  /** A statement the person says how true it is for them. */
  statement: (ex: ExWords) => string
  hint: string
}

/**
 * The article's four questions first, then Steady's own on what research says most shapes staying
 * or leaving: how satisfying it was, the alternatives (being on one's own among them), what was
 * invested, and how committed one still feels. Written for Steady; no published scale is copied.
 */
export const SCALE_QUESTIONS: readonly ScaleQuestion[] = [
  {
    id: 'fixable',
    statement: () => 'What broke between you could be mended.',
    hint: 'Think of the reasons it ended, not only the good times.',
  },
  {
    id: 'happy',
    statement: (ex) => `If you and ${ex.name} got back together, you would truly be happy.`,
    hint: 'Happy, not only relieved that the hurt stopped.',
  },
  {
    id: 'forgives',
    statement: (ex) => `${capitalise(ex.name)} is someone who forgives and can let things go.`,
    hint: 'Be realistic. No one knows this better than you.',
  },
  {
    id: 'effort',
    statement: (ex) =>
      `${capitalise(ex.name)} would put as much work into mending it as you would.`,
    hint: 'Be realistic: a new start needs both of you.',
  },
  {
    id: 'satisfied',
    statement: () => 'Before it ended, the relationship gave you what you needed most of the time.',
    hint: 'Day to day, not at its best or its worst.',
  },
  {
    id: 'alternatives',
    statement: (ex) =>
      `You can picture a good life without ${ex.name}: on your own, with friends and family, or one day with someone new.`,
    hint: 'It is fine if this is hard to picture right now.',
  },
  {
    id: 'invested',
    statement: () =>
      'You put a great deal into this relationship: time, plans, a home, parts of yourself.',
    hint: 'What you would feel you lose by letting go.',
  },
  {
    id: 'committed',
    statement: (ex) => `Part of you still wants a future with ${ex.name}.`,
    hint: 'There is no right answer. Missing someone is human.',
  },
]

export const SAFETY_LABELS: Record<SafetyAnswer, string> = {
  no: 'No',
  sometimes: 'Sometimes',
  yes: 'Yes',
  'rather-not-say': 'I’d rather not say',
}

export function safetyQuestion(ex: ExWords): string {
  return `Have you ever felt afraid of ${ex.name}, or that ${ex.subject} hurt you, threatened you, or controlled what you did, who you saw or your money?`
}

/** Screens of the assessment: each scale question, then the safety question. */
export const ASSESSMENT_STEP_COUNT = SCALE_QUESTIONS.length + 1
