import { expect, test } from 'vitest'
import type { FrequencyAnswer } from '@/db/types'
import { describeSum, isCheckDue, suggestsTalking, sumAnswers } from './check'

type A = FrequencyAnswer | null

test.each<[A, A, A, A, boolean]>([
  [0, 0, 0, 0, false],
  [1, 1, 1, 1, false],
  [2, 0, 0, 2, false],
  [2, 1, 0, 0, true],
  [0, 3, 0, 0, true],
  [0, 0, 1, 2, true],
  [0, 0, 0, 3, true],
  [3, 3, 3, 3, true],
  [null, null, null, null, false],
  [null, 3, null, null, true],
  [null, 2, null, 2, false],
  [1, null, 2, null, false],
])(
  'interest %s, down %s, nervous %s, worry %s → talking suggested: %s',
  (interest, down, nervous, worry, expected) => {
    expect(suggestsTalking({ interest, down, nervous, worry })).toBe(expected)
  },
)

test('sums are null only when both items of a pair were skipped', () => {
  expect(sumAnswers({ interest: null, down: null, nervous: 2, worry: null })).toEqual({
    mood: null,
    worry: 2,
  })
})

const on = { wellbeingReminder: true, wellbeingReminderDismissedAt: null }
const now = new Date(2026, 10, 26, 9, 0)

test.each([
  ['never done', undefined, on, true],
  ['done 13 days ago', { at: new Date(2026, 10, 13, 22, 0).toISOString() }, on, false],
  [
    'done 14 calendar days ago, late at night',
    { at: new Date(2026, 10, 12, 23, 59).toISOString() },
    on,
    true,
  ],
  ['reminder off', undefined, { ...on, wellbeingReminder: false }, false],
  [
    'said “not now” yesterday',
    { at: new Date(2026, 9, 1).toISOString() },
    { ...on, wellbeingReminderDismissedAt: new Date(2026, 10, 25).toISOString() },
    false,
  ],
  ['a damaged time is ignored', { at: 'garbage' }, on, true],
])('due: %s', (_name, last, settings, expected) => {
  expect(isCheckDue(last, settings, now)).toBe(expected)
})

test('across a leap day the fourteen days are calendar days', () => {
  const last = { at: new Date(2028, 1, 16, 8, 0).toISOString() }
  expect(isCheckDue(last, on, new Date(2028, 2, 1, 7, 0))).toBe(true)
  expect(isCheckDue(last, on, new Date(2028, 1, 29, 23, 0))).toBe(false)
})

test.each([
  [null, 'Skipped'],
  [0, 'Not at all'],
  [2, 'A little'],
  [3, 'Quite a lot'],
  [6, 'Most days'],
])('the sum %s reads as “%s”, never as a grade', (value, words) => {
  expect(describeSum(value)).toBe(words)
})
