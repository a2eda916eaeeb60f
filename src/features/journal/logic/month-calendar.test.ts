import { expect, test } from 'vitest'
import { buildEntry } from '../../../../tests/setup/factories'
import {
  earlierSameDays,
  lastDayOf,
  monthWeeks,
  parseMonth,
  shiftMonth,
  summariseDays,
} from './month-calendar'

test.each([
  ['2026-11', '2026-11'],
  ['2026-13', 'fallback'],
  ['2026-1', 'fallback'],
  ['<script>', 'fallback'],
  [null, 'fallback'],
])('reads the month %j', (value, expected) => {
  expect(parseMonth(value, 'fallback')).toBe(expected)
})

test('months end where they do, leap Februaries included', () => {
  expect(lastDayOf('2024-02')).toBe('2024-02-29')
  expect(lastDayOf('2026-02')).toBe('2026-02-28')
  expect(lastDayOf('2026-12')).toBe('2026-12-31')
  expect(shiftMonth('2026-01', -1)).toBe('2025-12')
  expect(shiftMonth('2026-12', 1)).toBe('2027-01')
})

test('weeks start on the locale’s first day, with blanks around the month', () => {
  // November 2026 starts on a Sunday.
  const monday = monthWeeks('2026-11', 1)
  expect(monday[0]).toEqual([null, null, null, null, null, null, '2026-11-01'])
  expect(monday.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null])
  expect(monday).toHaveLength(6)
  const sunday = monthWeeks('2026-11', 0)
  expect(sunday[0]?.[0]).toBe('2026-11-01')
  expect(sunday).toHaveLength(5)
  // February 2026 from a Sunday: exactly four weeks.
  expect(monthWeeks('2026-02', 0)).toHaveLength(4)
  for (const week of monday) expect(week).toHaveLength(7)
})

test('a day’s mood is its check-in’s, else the last with one; letters count but never set it', () => {
  const days = summariseDays([
    buildEntry({ at: new Date(2026, 10, 3, 22), kind: 'note', mood: 5 }),
    buildEntry({ at: new Date(2026, 10, 3, 8), kind: 'check-in', mood: 2 }),
    buildEntry({ at: new Date(2026, 10, 4, 8), kind: 'note', mood: 3 }),
    buildEntry({ at: new Date(2026, 10, 4, 9), kind: 'note', mood: 4 }),
    buildEntry({ at: new Date(2026, 10, 4, 10), kind: 'note', mood: null }),
    buildEntry({ at: new Date(2026, 10, 5, 9), kind: 'letter', mood: 1 }),
  ])
  expect(days.get('2026-11-03')).toEqual({ mood: 2, count: 2 })
  expect(days.get('2026-11-04')).toEqual({ mood: 4, count: 3 })
  expect(days.get('2026-11-05')).toEqual({ mood: null, count: 1 })
  expect(days.get('2026-11-06')).toBeUndefined()
})

test('on this day looks back months and years, skipping dates a month does not have', () => {
  expect(earlierSameDays('2026-11-26').slice(0, 5)).toEqual([
    { day: '2026-10-26', label: 'A month ago' },
    { day: '2026-08-26', label: '3 months ago' },
    { day: '2026-05-26', label: '6 months ago' },
    { day: '2025-11-26', label: 'A year ago' },
    { day: '2024-11-26', label: '2 years ago' },
  ])
  const leap = earlierSameDays('2028-02-29').map((d) => d.day)
  expect(leap).toEqual(['2028-01-29', '2027-11-29', '2027-08-29', '2024-02-29', '2020-02-29'])
  const may31 = earlierSameDays('2026-05-31').map((d) => d.day)
  expect(may31.slice(0, 2)).toEqual(['2025-05-31', '2024-05-31'])
  expect(earlierSameDays('not a day')).toEqual([])
})
