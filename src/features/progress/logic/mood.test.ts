import { describe, expect, test } from 'vitest'
import type { Mood } from '@/db/types'
import { toDayNumber } from '@/lib/day-numbers'
import {
  buildMoodSeries,
  collectMoodDays,
  describeMoodSeries,
  summariseMonths,
  type MoodSource,
} from './mood'

const entry = (
  day: string,
  mood: Mood | null,
  kind: MoodSource['kind'] = 'check-in',
  at = `${day}T20:00:00.000Z`,
): MoodSource => ({
  day,
  kind,
  mood,
  createdAt: at,
})

describe('collectMoodDays', () => {
  test('empty data: no moods, no first day', () => {
    const days = collectMoodDays([])
    expect(days.moods.size).toBe(0)
    expect(days.first).toBeNull()
  })

  test('a day’s mood is its check-in’s, else its latest entry’s; letters never count', () => {
    const days = collectMoodDays([
      entry('2026-11-20', 2, 'note', '2026-11-20T23:00:00.000Z'),
      entry('2026-11-20', 4, 'check-in', '2026-11-20T08:00:00.000Z'),
      entry('2026-11-21', 2, 'note', '2026-11-21T08:00:00.000Z'),
      entry('2026-11-21', 5, 'note', '2026-11-21T09:00:00.000Z'),
      entry('2026-11-22', 1, 'letter'),
      entry('not a day', 3),
    ])
    expect(days.moods.get(toDayNumber('2026-11-20'))).toBe(4)
    expect(days.moods.get(toDayNumber('2026-11-21'))).toBe(5)
    expect(days.moods.has(toDayNumber('2026-11-22'))).toBe(false)
    expect(days.first).toBe(toDayNumber('2026-11-20'))
  })

  test('a check-in without a mood still marks the day', () => {
    const days = collectMoodDays([entry('2026-11-20', null)])
    expect(days.checkIns.has(toDayNumber('2026-11-20'))).toBe(true)
    expect(days.moods.size).toBe(0)
  })
})

describe('buildMoodSeries', () => {
  test('empty data: every day empty, and the words say so', () => {
    const series = buildMoodSeries(collectMoodDays([]), 'week', '2026-11-26')
    expect(series.daily).toEqual([null, null, null, null, null, null, null])
    expect(describeMoodSeries(series)).toBe('No mood noted over the last 7 days')
    const all = buildMoodSeries(collectMoodDays([]), 'all', '2026-11-26')
    expect(all.daily).toHaveLength(1)
  })

  test('one day', () => {
    const series = buildMoodSeries(collectMoodDays([entry('2026-11-26', 4)]), 'month', '2026-11-26')
    expect(series.noted).toBe(1)
    expect(describeMoodSeries(series)).toBe(
      'You noted your mood on 1 day over the last 30 days: 4 of 5',
    )
  })

  test('gaps stay gaps; the 7-day average covers only days noted', () => {
    const days = collectMoodDays([entry('2026-11-10', 1), entry('2026-11-26', 5)])
    const series = buildMoodSeries(days, 'month', '2026-11-26')
    const index = (day: string) => toDayNumber(day) - series.start
    expect(series.daily[index('2026-11-12')]).toBeNull()
    expect(series.average[index('2026-11-16')]).toBe(1)
    expect(series.average[index('2026-11-17')]).toBeNull()
    expect(series.average[index('2026-11-26')]).toBe(5)
    expect(describeMoodSeries(series)).toBe('Your mood rose from 1.0 to 5.0 over the last 30 days')
  })

  test('falling is said plainly, steady is steady', () => {
    const falling = collectMoodDays([entry('2026-11-01', 4), entry('2026-11-26', 2)])
    expect(describeMoodSeries(buildMoodSeries(falling, 'month', '2026-11-26'))).toBe(
      'Your mood went from 4.0 to 2.0 over the last 30 days',
    )
    const steady = collectMoodDays([entry('2026-11-01', 3), entry('2026-11-26', 3)])
    expect(describeMoodSeries(buildMoodSeries(steady, 'month', '2026-11-26'))).toBe(
      'Your mood held steady around 3.0 over the last 30 days',
    )
  })

  test('across a DST change every calendar day is one day (Berlin, 25 October 2026)', () => {
    const days = collectMoodDays(
      ['2026-10-24', '2026-10-25', '2026-10-26'].map((day) => entry(day, 3)),
    )
    const series = buildMoodSeries(days, 'week', '2026-10-27')
    expect(series.daily).toEqual([null, null, null, 3, 3, 3, null])
  })

  test('a leap year: 29 February is a day of its own, and "all" starts on the first day', () => {
    const days = collectMoodDays([
      entry('2028-02-28', 2),
      entry('2028-02-29', 3),
      entry('2028-03-01', 4),
    ])
    const series = buildMoodSeries(days, 'all', '2028-03-01')
    expect(series.daily).toEqual([2, 3, 4])
    expect(series.average).toEqual([2, 2.5, 3])
    expect(summariseMonths(series)).toEqual([
      { month: '2028-02', noted: 2, average: 2.5 },
      { month: '2028-03', noted: 1, average: 4 },
    ])
  })

  test('five years stay one pass per day', () => {
    const entries: MoodSource[] = []
    for (let d = 0; d < 5 * 365; d++) {
      const date = new Date(Date.UTC(2021, 0, 1 + d)).toISOString().slice(0, 10)
      entries.push(entry(date, ((d % 5) + 1) as Mood))
    }
    const series = buildMoodSeries(collectMoodDays(entries), 'all', '2025-12-30')
    expect(series.noted).toBe(5 * 365)
    expect(summariseMonths(series)).toHaveLength(60)
  })
})
