import { expect, test } from 'vitest'
import { ROW_SCHEMAS } from '@/db/rows'
import { describeDiffered, describeRows, joinWords } from './describe-tables'

test('names every table with rows, the whole no-contact history and checklist by name', () => {
  expect(
    describeRows({
      settings: 1,
      entries: 12,
      drafts: 1,
      noContactPlans: 3,
      contacts: 1,
      urges: 4,
      socialChecklist: 2,
    }),
  ).toEqual([
    '12 journal entries',
    '1 unsaved draft',
    'The no-contact count and its history',
    '1 logged contact',
    '4 logged urges',
    'The social-media checklist',
  ])
  expect(describeRows({ entries: 0, urges: 1 })).toEqual(['1 logged urge'])
})

test('every table but settings can be named, so a new table shows up in the Replace warning', () => {
  const all = Object.fromEntries(Object.keys(ROW_SCHEMAS).map((name) => [name, 2]))
  expect(describeRows(all)).toHaveLength(Object.keys(ROW_SCHEMAS).length - 1)
})

test('says how many rows differed and that the newer was kept', () => {
  expect(describeDiffered({})).toBeNull()
  expect(describeDiffered({ entries: 1 })).toBe(
    '1 journal entry differed: the newer version was kept.',
  )
  expect(describeDiffered({ entries: 2, urges: 1 })).toBe(
    '2 journal entries and 1 logged urge differed: the newer version was kept.',
  )
  expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c')
})
