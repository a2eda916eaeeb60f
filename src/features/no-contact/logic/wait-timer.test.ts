import { expect, test } from 'vitest'
import {
  describeWait,
  elapsedMs,
  formatClock,
  isWaitOver,
  pauseWait,
  remainingMs,
  resumeWait,
  startWait,
  stopWait,
  waitedMinutes,
} from './wait-timer'

const T0 = Date.UTC(2026, 10, 26, 21, 0)
const MIN = 60_000

test('time left comes from the start timestamp, however rarely it is looked at', () => {
  const timer = startWait(10, T0)
  expect(remainingMs(timer, T0)).toBe(10 * MIN)
  // One look after seven hidden minutes is as right as 420 ticks would have been.
  expect(remainingMs(timer, T0 + 7 * MIN)).toBe(3 * MIN)
  expect(isWaitOver(timer, T0 + 7 * MIN)).toBe(false)
  expect(remainingMs(timer, T0 + 25 * MIN)).toBe(0)
  expect(isWaitOver(timer, T0 + 10 * MIN)).toBe(true)
})

test('pausing banks the time waited; resuming carries on from there', () => {
  let timer = startWait(5, T0)
  timer = pauseWait(timer, T0 + 2 * MIN)
  expect(elapsedMs(timer, T0 + 30 * MIN)).toBe(2 * MIN)
  expect(pauseWait(timer, T0 + 40 * MIN)).toBe(timer)
  timer = resumeWait(timer, T0 + 30 * MIN)
  expect(remainingMs(timer, T0 + 31 * MIN)).toBe(2 * MIN)
})

test('a clock set back while waiting never makes time run backwards', () => {
  const timer = startWait(10, T0)
  expect(elapsedMs(timer, T0 - 5 * MIN)).toBe(0)
})

test('stopping early ends the wait and keeps what was waited', () => {
  const timer = stopWait(startWait(15, T0), T0 + 4 * MIN + 20_000)
  expect(isWaitOver(timer, T0 + 4 * MIN + 20_000)).toBe(true)
  expect(resumeWait(timer, T0 + 6 * MIN)).toBe(timer)
  expect(waitedMinutes(timer, T0 + 60 * MIN)).toBe(4)
})

test.each([
  [null, 0, null],
  [startWait(10, T0), 0, 0],
  [startWait(10, T0), 29_000, 0],
  [startWait(10, T0), 31_000, 1],
  [startWait(10, T0), 9 * MIN + 40_000, 10],
  [startWait(10, T0), 90 * MIN, 10],
])('waited minutes are whole and null without the timer (%#)', (timer, after, expected) => {
  expect(waitedMinutes(timer, T0 + after)).toBe(expected)
})

test.each([
  [10 * MIN, '10:00'],
  [9 * MIN + 59_001, '10:00'],
  [9 * MIN + 59_000, '9:59'],
  [65_000, '1:05'],
  [1, '0:01'],
  [0, '0:00'],
  [-500, '0:00'],
])('%d ms left reads %s', (ms, expected) => {
  expect(formatClock(ms)).toBe(expected)
})

test.each([
  [0, 'less than a minute'],
  [1, '1 minute'],
  [15, '15 minutes'],
])('%d minutes waited reads "%s"', (minutes, words) => {
  expect(describeWait(minutes)).toBe(words)
})
