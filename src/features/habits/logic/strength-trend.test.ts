import { expect, test } from 'vitest'
import { addDaysToDay } from '@/lib/day-numbers'
import { strengthSeries } from './strength'
import { describeStrengthTrend, strengthTrend } from './strength-trend'
import { buildTimeline } from './timeline'

const habit = (startDay: string) => ({ target: { kind: 'daily' as const }, startDay, pauses: [] })

test('a habit begun today: one point, held', () => {
  const timeline = buildTimeline(habit('2026-11-26'), [], '2026-11-26', 1)
  const trend = strengthTrend(timeline, strengthSeries(timeline, { kind: 'daily' }))
  expect(trend).toEqual({ from: '2026-11-26', percents: [0] })
  expect(describeStrengthTrend('Walk', trend)).toBe(
    'Walk: strength held at 0% today, its first day',
  )
})

test('the last 90 days of a longer habit, rising with days done, across a DST change', () => {
  const logs = Array.from({ length: 60 }, (_, i) => ({
    day: addDaysToDay('2026-11-26', -i),
    status: 'done' as const,
  }))
  const timeline = buildTimeline(habit('2026-01-01'), logs, '2026-11-26', 1)
  const trend = strengthTrend(timeline, strengthSeries(timeline, { kind: 'daily' }))
  expect(trend.percents).toHaveLength(90)
  expect(trend.from).toBe('2026-08-29')
  expect(describeStrengthTrend('Walk', trend)).toMatch(
    /^Walk: strength rose from 0% to \d+% over the last 90 days$/,
  )
})

test('no days yet (a start in the future) says when it starts', () => {
  const timeline = buildTimeline(habit('2026-12-01'), [], '2026-11-26', 1)
  const trend = strengthTrend(timeline, strengthSeries(timeline, { kind: 'daily' }))
  expect(describeStrengthTrend('Walk', trend)).toBe('Walk: starts 2026-12-01')
})

test('a leap year with gaps: 29 February is a day of the 90, and days missed pull strength down', () => {
  // Done every day of January 2028, then nothing until a week before 1 April (a gap of weeks).
  const done = (from: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      day: addDaysToDay(from, i),
      status: 'done' as const,
    }))
  const timeline = buildTimeline(
    habit('2028-01-01'),
    [...done('2028-01-01', 31), ...done('2028-03-25', 7)],
    '2028-03-31',
    1,
  )
  const trend = strengthTrend(timeline, strengthSeries(timeline, { kind: 'daily' }))
  expect(trend.from).toBe('2028-01-02')
  expect(trend.percents).toHaveLength(90)
  // 29 February: the 59th day from 2 January, in the gap, lower than at the end of January.
  const leapDay = trend.percents[58]!
  expect(leapDay).toBeLessThan(trend.percents[29]!)
  expect(trend.percents.at(-1)!).toBeGreaterThan(trend.percents[82]!)
})
