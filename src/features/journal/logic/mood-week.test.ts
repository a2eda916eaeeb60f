import { expect, test } from 'vitest'
import type { JournalEntry } from '@/db/types'
import { summariseWeek, weekStart } from './mood-week'

type Row = Pick<JournalEntry, 'day' | 'kind' | 'mood' | 'createdAt'>
const row = (day: string, mood: Row['mood'], kind: Row['kind'] = 'note', time = '10:00'): Row => ({
  day,
  kind,
  mood,
  createdAt: `${day}T${time}:00.000Z`,
})

test('seven days ending today, oldest first, across a month end and a leap day', () => {
  const week = summariseWeek([], '2028-03-02')
  expect(week.map((day) => day.day)).toEqual([
    '2028-02-25',
    '2028-02-26',
    '2028-02-27',
    '2028-02-28',
    '2028-02-29',
    '2028-03-01',
    '2028-03-02',
  ])
  expect(week.at(-1)).toMatchObject({ isToday: true, shortName: 'Thu', longName: 'Thursday' })
  expect(week.filter((day) => day.isToday)).toHaveLength(1)
  expect(weekStart('2028-03-02')).toBe('2028-02-25')
})

test('the day’s check-in gives its mood; otherwise the last entry with a mood; none is null', () => {
  const week = summariseWeek(
    [
      row('2026-11-26', 4, 'note', '20:00'),
      row('2026-11-26', 2, 'check-in', '08:00'),
      row('2026-11-25', 1, 'note', '09:00'),
      row('2026-11-25', 3, 'note', '21:00'),
      row('2026-11-24', null, 'check-in'),
      // Outside the week: ignored.
      row('2026-11-10', 5, 'check-in'),
    ],
    '2026-11-26',
  )
  expect(week.map((day) => day.mood)).toEqual([null, null, null, null, null, 3, 2])
})

test('a malformed day gives no week rather than a wrong one', () => {
  expect(summariseWeek([], 'not-a-day')).toEqual([])
  expect(weekStart('not-a-day')).toBe('not-a-day')
})
