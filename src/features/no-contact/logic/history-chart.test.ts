import { expect, test } from 'vitest'
import {
  countUrgesByWeek,
  describeCountHistory,
  describeUrgeWeeks,
  milestonesReached,
} from './history-chart'
import type { Attempt, CountHistory } from './streaks'

const attempt = (days: number, running = false): Attempt => ({
  start: new Date('2026-01-01T00:00:00Z'),
  end: running ? null : new Date('2026-02-01T00:00:00Z'),
  days,
})
const history = (attempts: Attempt[]): CountHistory => ({
  attempts,
  longestDays: Math.max(0, ...attempts.map((a) => a.days)),
  totalDays: attempts.reduce((sum, a) => sum + a.days, 0),
  restarts: Math.max(0, attempts.length - 1),
})

test('the count history in words, for each state', () => {
  expect(describeCountHistory(history([]))).toBe('No counts yet')
  expect(describeCountHistory(history([attempt(1, true)]))).toBe(
    'Your count is at 1 day and growing',
  )
  expect(describeCountHistory(history([attempt(30), attempt(12, true)]))).toBe(
    'Your current count is 12 days; your longest was 30 days',
  )
  expect(describeCountHistory(history([attempt(5), attempt(12, true)]))).toBe(
    'Your current count, 12 days, is your longest yet, over 2 counts',
  )
  expect(describeCountHistory(history([attempt(5), attempt(9)]))).toBe(
    'Your longest count was 9 days, over 2 counts',
  )
})

test('milestones reached by the longest count', () => {
  expect(milestonesReached({ longestDays: 0 })).toEqual([])
  expect(milestonesReached({ longestDays: 21 })).toEqual([3, 7, 14, 21])
})

test('urges per week: empty, one, gaps, and weeks across a DST change (Berlin)', () => {
  const now = new Date(2026, 10, 26, 12)
  expect(countUrgesByWeek([], now, 3)).toEqual([
    { start: '2026-11-09', count: 0 },
    { start: '2026-11-16', count: 0 },
    { start: '2026-11-23', count: 0 },
  ])
  expect(describeUrgeWeeks(countUrgesByWeek([], now, 3))).toBe('No urges noted in the last 3 weeks')
  // Sunday 25 October 2026 is 25 hours long; a late urge that night still belongs to that week.
  const weeks = countUrgesByWeek(
    [
      { at: new Date(2026, 9, 25, 23, 30).toISOString() },
      { at: new Date(2026, 9, 26, 0, 30).toISOString() },
      { at: new Date(2026, 10, 26, 9).toISOString() },
      { at: 'not a time' },
    ],
    now,
    6,
  )
  expect(weeks.map((week) => week.count)).toEqual([1, 1, 0, 0, 0, 1])
  expect(weeks[0]!.start).toBe('2026-10-19')
  expect(describeUrgeWeeks(weeks)).toBe(
    '1 urge noted this week; 1 in the busiest of the last 6 weeks',
  )
})

test('urges per week in a leap year: 29 February falls in its own week', () => {
  const weeks = countUrgesByWeek(
    [{ at: new Date(2028, 1, 29, 10).toISOString() }],
    new Date(2028, 2, 1),
    1,
  )
  expect(weeks).toEqual([{ start: '2028-02-28', count: 1 }])
})
