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
