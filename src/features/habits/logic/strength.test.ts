import { expect, test } from 'vitest'
import type { HabitPause, HabitTarget } from '@/db/types'
import { addDaysToDay } from '@/lib/day-numbers'
import { strengthMultiplier, strengthSeries, summariseStrength } from './strength'
import { buildTimeline } from './timeline'

function series(
  target: HabitTarget,
  pattern: string,
  { pauses = [], startDay = '2026-01-05' }: { pauses?: HabitPause[]; startDay?: string } = {},
): number[] {
  const logs = [...pattern].flatMap((char, i) =>
    char === 'x' || char === 's'
      ? [
          {
            day: addDaysToDay(startDay, i),
            status: char === 'x' ? ('done' as const) : ('skipped' as const),
          },
        ]
      : [],
  )
  const today = addDaysToDay(startDay, pattern.length - 1)
  return [...strengthSeries(buildTimeline({ target, startDay, pauses }, logs, today, 1), target)]
}

const daily: HabitTarget = { kind: 'daily' }

// Loop Habit Tracker's published scores for a daily habit checked every day, after 1 … 20 days.
const LOOP_DAILY = [
  0.051922, 0.101149, 0.14782, 0.192067, 0.234017, 0.273788, 0.311495, 0.347244, 0.381137, 0.41327,
  0.443734, 0.472617, 0.5, 0.525961, 0.550574, 0.57391, 0.596033, 0.617008, 0.636894, 0.655747,
]

test.each(LOOP_DAILY.map((value, i) => [i + 1, value]))(
  'a daily habit done every day matches Loop after %i days',
  (days, expected) => {
    const scores = series(daily, 'x'.repeat(days))
    expect(Math.abs(scores[days - 1]! - expected)).toBeLessThanOrEqual(1e-6)
  },
)

test.each([
  ['daily', 1, 0.5 ** (1 / 13)],
  ['3 a week', 3 / 7, 0.5 ** (Math.sqrt(3 / 7) / 13)],
  ['once a week', 1 / 7, 0.5 ** (Math.sqrt(1 / 7) / 13)],
])('the multiplier for %s is 0.5 ^ (√f / 13)', (_, frequency, expected) => {
  expect(strengthMultiplier(frequency)).toBeCloseTo(expected, 12)
})

test('a missed day pulls the score towards 0 by the same multiplier', () => {
  const m = strengthMultiplier(1)
  const scores = series(daily, 'xxx.x')
  expect(scores[3]).toBeCloseTo(scores[2]! * m, 12)
  expect(scores[4]).toBeCloseTo(scores[3]! * m + (1 - m), 12)
})

test('skipped and paused days leave the score unchanged', () => {
  const skipped = series(daily, 'xxsx')
  expect(skipped[2]).toBe(skipped[1])
  expect(skipped[3]).toBeCloseTo(series(daily, 'xxx')[2]!, 12)

  const paused = series(daily, 'xx...x', { pauses: [{ from: '2026-01-07', to: '2026-01-09' }] })
  expect(paused.slice(2, 5)).toEqual([paused[1], paused[1], paused[1]])
  expect(paused[5]).toBeCloseTo(series(daily, 'xxx')[2]!, 12)
})

test('today, not done yet, leaves the score as it was: a morning is not a miss', () => {
  const scores = series(daily, 'xx.')
  expect(scores[2]).toBe(scores[1])
})

test('3 times a week, done 3 times every week, grows as steadily as a daily habit done daily, more slowly', () => {
  const m = strengthMultiplier(3 / 7)
  const scores = series({ kind: 'weekly', times: 3 }, 'x.x.x..'.repeat(8) + 'x')
  for (const day of [1, 7, 14, 30, 56]) {
    expect(scores[day - 1]).toBeCloseTo(1 - m ** day, 9)
  }
})

test('once a week done once a week counts as fully met every day', () => {
  const m = strengthMultiplier(1 / 7)
  const scores = series({ kind: 'weekly', times: 1 }, 'x......'.repeat(6) + 'x')
  expect(scores[41]).toBeCloseTo(1 - m ** 42, 9)
})

test('3 times a week done half as often counts about half', () => {
  // Done 3 times every two weeks: once the two-week window is full, each day counts 3 / 6.
  const m = strengthMultiplier(3 / 7)
  const pattern = ('x.x.x..' + '.......').repeat(6) + 'x'
  const scores = series({ kind: 'weekly', times: 3 }, pattern)
  const at = 70
  // Day 71 (index 70) is a Monday whose window holds exactly one done week.
  expect(scores[at]).toBeCloseTo(scores[at - 1]! * m + 0.5 * (1 - m), 9)
})

test('a pause inside the two-week window asks for less, not for the impossible', () => {
  const pauses = [{ from: '2026-01-05', to: '2026-01-11' }]
  // A whole week paused, then 3 done the next week: the window asks for 3, and 3 were done.
  const scores = series({ kind: 'weekly', times: 3 }, '.......' + 'x.x.x..', { pauses })
  expect(scores.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0])
  const m = strengthMultiplier(3 / 7)
  // Sunday is today and not done: it leaves the six counted days as they were.
  expect(scores[12]).toBeCloseTo(1 - m ** 6, 9)
  expect(scores[13]).toBe(scores[12])
})

test('chosen weekdays: days off leave the score alone unless done anyway', () => {
  const target: HabitTarget = { kind: 'weekdays', days: [1, 3, 5] }
  // 2026-01-05 is a Monday.
  const scores = series(target, 'x.x.x..x')
  expect(scores[1]).toBe(scores[0])
  expect(scores[5]).toBe(scores[4])
  expect(scores[7]).toBeCloseTo(series(daily, 'xxxx')[3]!, 12)
  const extra = series(target, 'xx')
  expect(extra[1]).toBeCloseTo(series(daily, 'xx')[1]!, 12)
})

test.each([
  ['a young habit compares with its start', [0.1, 0.2, 0.3], { percent: 30, change: 30 }],
  ['a month ago', [...Array(31).fill(0.5), 0.62], { percent: 62, change: 12 }],
  [
    'going down is shown as it is, without alarm',
    [...Array(31).fill(0.8), 0.7],
    { percent: 70, change: -10 },
  ],
  ['no days yet', [], { percent: 0, change: 0 }],
])('summariseStrength: %s', (_, values, expected) => {
  expect(summariseStrength(Float64Array.from(values))).toMatchObject(expected)
})
