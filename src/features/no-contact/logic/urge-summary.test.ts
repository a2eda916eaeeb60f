import { expect, test } from 'vitest'
import { summariseUrges } from './urge-summary'

// Wednesday 25 November 2026, evening, Europe/Berlin (the test zone).
const NOW = new Date(2026, 10, 25, 21, 0)

test('this week starts on Monday at local midnight', () => {
  const urges = [
    { at: new Date(2026, 10, 25, 20, 0).toISOString() },
    { at: new Date(2026, 10, 23, 0, 0).toISOString() },
    { at: new Date(2026, 10, 22, 23, 59).toISOString() },
    { at: new Date(2026, 9, 1).toISOString() },
  ]
  expect(summariseUrges(urges, NOW)).toEqual({ thisWeek: 2, total: 4 })
})

test('nothing logged is zero and zero', () => {
  expect(summariseUrges([], NOW)).toEqual({ thisWeek: 0, total: 0 })
})

test('a week across a month end counts the days of both months', () => {
  const sunday = new Date(2026, 10, 29, 12, 0)
  const thursdayBefore = { at: new Date(2026, 10, 26, 9, 0).toISOString() }
  const mondayAfter = new Date(2026, 10, 30, 8, 0)
  expect(summariseUrges([thursdayBefore], sunday).thisWeek).toBe(1)
  expect(summariseUrges([thursdayBefore], mondayAfter).thisWeek).toBe(0)
})
