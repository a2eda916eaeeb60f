import { expect, test } from 'vitest'
import { buildEntry } from '../../../../tests/setup/factories'
import { groupEntriesByDay } from './group-by-day'

test('groups by day, newest day first and newest entry first within a day', () => {
  const morning = buildEntry({ at: new Date(2026, 10, 26, 8, 0) })
  const evening = buildEntry({ at: new Date(2026, 10, 26, 22, 0) })
  const yesterday = buildEntry({ at: new Date(2026, 10, 25, 23, 59) })
  const monthEnd = buildEntry({ at: new Date(2026, 9, 31, 12, 0) })
  const groups = groupEntriesByDay([yesterday, morning, monthEnd, evening])
  expect(groups.map((group) => group.day)).toEqual(['2026-11-26', '2026-11-25', '2026-10-31'])
  expect(groups[0]?.entries.map((entry) => entry.id)).toEqual([evening.id, morning.id])
})

test('an entry keeps the day it was written on, even across a DST change', () => {
  const beforeChange = buildEntry({ at: new Date(2026, 9, 25, 1, 30) })
  const afterChange = buildEntry({ at: new Date(2026, 9, 25, 3, 30) })
  expect(groupEntriesByDay([beforeChange, afterChange])).toHaveLength(1)
})

test('no entries, no groups', () => {
  expect(groupEntriesByDay([])).toEqual([])
})
