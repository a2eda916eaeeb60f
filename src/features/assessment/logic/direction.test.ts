import { expect, test } from 'vitest'
import type { Assessment, ScaleAnswer } from '@/db/types'
import type { ExWords } from '@/lib/pronouns'
import {
  decideDirection,
  explainDirection,
  mentionsFearHarmOrControl,
  type DirectionInput,
  type DirectionReason,
} from './direction'

type Answers = Assessment['answers']

/** Everything pointing towards another try. */
const HOPEFUL: Answers = {
  fixable: 5,
  happy: 5,
  forgives: 4,
  effort: 4,
  satisfied: 4,
  alternatives: 3,
  invested: 3,
  committed: 5,
}

function input(answers: Answers, extra: Partial<DirectionInput> = {}): DirectionInput {
  return { answers, notes: {}, safety: 'no', ...extra }
}

const ex: ExWords = {
  name: 'Robin',
  named: true,
  subject: 'she',
  object: 'her',
  possessive: 'her',
}

test.each<[string, DirectionInput, 'try-again' | 'let-go', DirectionReason[]]>([
  ['all hopeful', input(HOPEFUL), 'try-again', ['fixable-and-happy', 'both-willing']],
  [
    'hopeful with forgiveness and satisfaction skipped',
    input({ fixable: 4, happy: 4, effort: 4 }),
    'try-again',
    ['fixable-and-happy', 'both-willing'],
  ],
  [
    'being stuck: much invested, little satisfaction, however hopeful the rest',
    input({ ...HOPEFUL, invested: 5, satisfied: 1 }),
    'let-go',
    ['stuck', 'commitment-alone'],
  ],
  [
    'being stuck with nothing else answered',
    input({ invested: 4, satisfied: 2 }),
    'let-go',
    ['stuck'],
  ],
  [
    'high investment with good satisfaction is not stuck',
    input({ ...HOPEFUL, invested: 5, satisfied: 4 }),
    'try-again',
    ['fixable-and-happy', 'both-willing'],
  ],
  [
    'low satisfaction without much invested',
    input({ ...HOPEFUL, invested: 2, satisfied: 2 }),
    'let-go',
    ['low-satisfaction', 'commitment-alone'],
  ],
  [
    'would not truly be happy',
    input({ ...HOPEFUL, happy: 2 }),
    'let-go',
    ['not-happy', 'commitment-alone'],
  ],
  ['not mendable', input({ ...HOPEFUL, fixable: 1, committed: 3 }), 'let-go', ['not-fixable']],
  ['one-sided effort', input({ ...HOPEFUL, effort: 1, committed: 1 }), 'let-go', ['one-sided']],
  [
    'does not forgive',
    input({ ...HOPEFUL, forgives: 2, committed: 2 }),
    'let-go',
    ['no-forgiveness'],
  ],
  [
    'the middle of the scale is not enough for another try',
    input({ ...HOPEFUL, fixable: 3, committed: 3 }),
    'let-go',
    ['mixed'],
  ],
  ['everything skipped', input({}, { safety: null }), 'let-go', ['too-few-answers']],
  [
    'strong commitment alone is not a reason to try again',
    input({ committed: 5, invested: 5 }),
    'let-go',
    ['too-few-answers', 'commitment-alone'],
  ],
  [
    'good alternatives are named as a strength',
    input({ happy: 1, alternatives: 5 }),
    'let-go',
    ['not-happy', 'good-alternatives'],
  ],
  [
    'a hard-to-picture life alone is met kindly',
    input({ fixable: 2, alternatives: 1 }),
    'let-go',
    ['not-fixable', 'alone-is-hard'],
  ],
  [
    'the safety answer "yes" overrides a hopeful picture',
    input(HOPEFUL, { safety: 'yes' }),
    'let-go',
    ['safety-answer'],
  ],
  [
    'the safety answer "sometimes" counts too',
    input({ ...HOPEFUL, alternatives: 3 }, { safety: 'sometimes' }),
    'let-go',
    ['safety-answer'],
  ],
  [
    'a note that speaks of fear, with the safety question skipped',
    input(HOPEFUL, { safety: null, notes: { forgives: 'I was scared of how angry they got' } }),
    'let-go',
    ['safety-note'],
  ],
  [
    'a note about control, in the safety note itself',
    input(HOPEFUL, {
      safety: 'rather-not-say',
      notes: { safety: 'He checked my phone every night' },
    }),
    'let-go',
    ['safety-note'],
  ],
  [
    '"I’d rather not say" alone does not decide',
    input(HOPEFUL, { safety: 'rather-not-say' }),
    'try-again',
    ['fixable-and-happy', 'both-willing'],
  ],
  [
    'being stuck and unsafe: safety first',
    input({ invested: 5, satisfied: 1, committed: 5 }, { safety: 'yes' }),
    'let-go',
    ['safety-answer', 'stuck'],
  ],
])('%s', (_name, given, direction, reasons) => {
  const result = decideDirection(given)
  expect(result.direction).toBe(direction)
  expect(result.reasons).toEqual(reasons)
})

test('fear, harm or control always sets the safety flag and never points to trying again', () => {
  const every = [1, 2, 3, 4, 5] as ScaleAnswer[]
  for (const value of every) {
    const answers: Answers = {
      fixable: value,
      happy: value,
      forgives: value,
      effort: value,
      satisfied: value,
      alternatives: value,
      invested: value,
      committed: value,
    }
    for (const extra of [
      { safety: 'yes' as const },
      { safety: 'sometimes' as const },
      { safety: null, notes: { happy: 'They threatened to leave me with nothing' } },
    ]) {
      const result = decideDirection(input(answers, extra))
      expect(result.direction).toBe('let-go')
      expect(result.safety).toBe(true)
    }
  }
})

test('being stuck is flagged whatever else is answered', () => {
  const result = decideDirection(input({ ...HOPEFUL, invested: 4, satisfied: 2 }))
  expect(result).toMatchObject({ direction: 'let-go', stuck: true, safety: false })
})

test.each([
  ['I was afraid to tell them anything', true],
  ['She controlled who I could see', true],
  ['he was so controlling about money', true],
  ['They wouldn’t let me go out with friends', true],
  ['He pushed me once', true],
  ['I felt unsafe at home', true],
  ['It hurt so much when it ended', false],
  ['I was fearful every evening 🌧️', true],
  ['We argued about money', false],
  ['שלום, it was just sad', false],
  ['', false],
])('the note "%s" speaks of fear, harm or control: %s', (text, expected) => {
  expect(mentionsFearHarmOrControl(text)).toBe(expected)
})

test('the explanation is two or three kind sentences, with no score and no judgement', () => {
  const cases = [
    input(HOPEFUL),
    input({ invested: 5, satisfied: 1, committed: 5, alternatives: 1 }),
    input(HOPEFUL, { safety: 'yes' }),
    input({}, { safety: null }),
    input({ happy: 1, fixable: 1, effort: 1, forgives: 1, satisfied: 1 }),
  ]
  for (const given of cases) {
    const result = decideDirection(given)
    expect(Object.values(result).some((value) => typeof value === 'number')).toBe(false)
    const sentences = explainDirection(result, ex)
    expect(sentences.length).toBeGreaterThanOrEqual(1)
    expect(sentences.length).toBeLessThanOrEqual(3)
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/fail|score|wrong|fault|should have|\d+ ?%/i)
      expect(sentence).not.toMatch(/\bhim\b|\bboyfriend\b/)
    }
  }
  expect(explainDirection(decideDirection(input(HOPEFUL, { safety: 'yes' })), ex)[0]).toMatch(
    /your safety comes before mending it.*Get help now/,
  )
  expect(explainDirection(decideDirection(input({ invested: 5, satisfied: 1 })), ex)[0]).toMatch(
    /being stuck, not a reason to go back/,
  )
})
