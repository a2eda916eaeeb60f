import { expect, test } from 'vitest'
import { formatWait, getRetryDelayMs, getRetryWaitMs, MAX_DELAY_MS } from './retry-delay'

test.each([
  [0, 0],
  [1, 0],
  [2, 0],
  [3, 30_000],
  [4, 60_000],
  [5, 120_000],
  [6, 240_000],
  [7, 480_000],
  [8, MAX_DELAY_MS],
  [9, MAX_DELAY_MS],
  [1_000_000, MAX_DELAY_MS],
])('after %i wrong tries in a row the next one waits %i ms', (failedAttempts, delay) => {
  expect(getRetryDelayMs(failedAttempts)).toBe(delay)
})

test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
  'a damaged count (%s) never blocks the owner for ever',
  (failedAttempts) => {
    expect(getRetryDelayMs(failedAttempts)).toBe(0)
  },
)

const failedAt = Date.parse('2026-11-26T21:00:00.000Z')

test.each([
  ['no wait before the third wrong try', 2, 0, 0],
  ['the full wait right after the third', 3, 0, 30_000],
  ['what is left part-way through', 3, 10_000, 20_000],
  ['nothing once it has passed', 3, 30_000, 0],
  ['nothing long after', 3, 3_600_000, 0],
  ['the doubled wait after the fourth', 4, 1_000, 59_000],
  ['never more than the delay when the clock went back', 3, -3_600_000, 30_000],
])('wait left: %s', (_name, failedAttempts, elapsed, left) => {
  const lock = { failedAttempts, lastFailedAt: new Date(failedAt).toISOString() }
  expect(getRetryWaitMs(lock, failedAt + elapsed)).toBe(left)
})

test('a missing or unreadable time of the last try means no wait', () => {
  expect(getRetryWaitMs({ failedAttempts: 5, lastFailedAt: null }, failedAt)).toBe(0)
  expect(getRetryWaitMs({ failedAttempts: 5, lastFailedAt: 'yesterday' }, failedAt)).toBe(0)
})

test.each([
  [30_000, '30 seconds'],
  [29_001, '30 seconds'],
  [1_000, '1 second'],
  [1, '1 second'],
  [0, '1 second'],
  [60_000, '60 seconds'],
  [60_001, '2 minutes'],
  [240_000, '4 minutes'],
  [MAX_DELAY_MS, '15 minutes'],
])('%i ms reads as “%s”', (ms, words) => {
  expect(formatWait(ms)).toBe(words)
})
