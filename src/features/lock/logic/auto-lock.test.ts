import { expect, test } from 'vitest'
import { describeAutoLock, shouldAutoLock } from './auto-lock'

const MINUTE = 60_000

test.each([
  [0, 0, true],
  [10, 0, true],
  [30_000, 1, false],
  [MINUTE - 1, 1, false],
  [MINUTE, 1, true],
  [4 * MINUTE, 5, false],
  [5 * MINUTE + 1, 5, true],
  [14 * MINUTE, 15, false],
  [15 * MINUTE, 15, true],
  [24 * 60 * MINUTE, 15, true],
])('%i ms away with a %i-minute setting locks: %s', (awayMs, minutes, locks) => {
  expect(shouldAutoLock(awayMs, minutes)).toBe(locks)
})

test.each([
  ['a clock set back', -5 * MINUTE],
  ['an unknown time away', Number.NaN],
])('%s locks, to be safe', (_name, awayMs) => {
  expect(shouldAutoLock(awayMs, 15)).toBe(true)
})

test.each([
  [0, 'as soon as you leave it'],
  [1, 'after 1 minute away'],
  [15, 'after 15 minutes away'],
])('%i minutes reads “%s”', (minutes, words) => {
  expect(describeAutoLock(minutes)).toBe(words)
})
