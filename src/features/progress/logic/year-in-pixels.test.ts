import { expect, test } from 'vitest'
import type { Mood } from '@/db/types'
import { toDayNumber } from '@/lib/day-numbers'
import { buildYearInPixels, yearsWithMoods } from './year-in-pixels'

const moods = (entries: [string, Mood][]) =>
  new Map(entries.map(([day, mood]) => [toDayNumber(day), mood]))

test('empty data: every real day empty, impossible dates not days, later days to come', () => {
  const year = buildYearInPixels(new Map(), 2026, toDayNumber('2026-11-26'))
  expect(year.noted).toBe(0)
  const notDays = year.months.flat().filter((cell) => cell.kind === 'not-a-day')
  expect(notDays).toHaveLength(7)
  expect(year.months[1]![28]).toEqual({ kind: 'not-a-day' })
  expect(year.months[10]![26]!.kind).toBe('future')
  expect(year.months[10]![25]).toEqual({ kind: 'day', day: toDayNumber('2026-11-26'), mood: null })
})

test('a leap year keeps 29 February; one day noted is one cell', () => {
  const year = buildYearInPixels(moods([['2028-02-29', 5]]), 2028, toDayNumber('2028-12-31'))
  expect(year.months[1]![28]).toEqual({ kind: 'day', day: toDayNumber('2028-02-29'), mood: 5 })
  expect(year.months.flat().filter((cell) => cell.kind === 'not-a-day')).toHaveLength(6)
  expect(year.noted).toBe(1)
})

test('the years to choose from: those with a mood and this one, newest first', () => {
  expect(
    yearsWithMoods(
      moods([
        ['2024-03-31', 2],
        ['2025-10-26', 3],
      ]),
      2026,
    ),
  ).toEqual([2026, 2025, 2024])
  expect(yearsWithMoods(new Map(), 2026)).toEqual([2026])
})

test('gaps stay empty cells and both DST nights are one day each (Berlin, 2026)', () => {
  const year = buildYearInPixels(
    moods([
      ['2026-03-28', 2],
      ['2026-03-29', 3],
      // 30 and 31 March: a gap.
      ['2026-10-25', 4],
      ['2026-10-26', 5],
    ]),
    2026,
    toDayNumber('2026-11-26'),
  )
  expect(year.noted).toBe(4)
  expect(
    year.months[2]!.slice(27).map((cell) => (cell.kind === 'day' ? cell.mood : cell.kind)),
  ).toEqual([2, 3, null, null])
  expect(year.months[9]!.slice(24, 26)).toEqual([
    { kind: 'day', day: toDayNumber('2026-10-25'), mood: 4 },
    { kind: 'day', day: toDayNumber('2026-10-26'), mood: 5 },
  ])
})
