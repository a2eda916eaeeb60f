import { expect, test } from 'vitest'
import { countDoneByMonth, describeOutingMonths } from './per-month'

test('empty: twelve months of nothing, said kindly', () => {
  const months = countDoneByMonth([], '2026-11-26')
  expect(months).toHaveLength(12)
  expect(months[0]!.month).toBe('2025-12')
  expect(months.at(-1)!.month).toBe('2026-11')
  expect(describeOutingMonths(months)).toBe('No outings done in the last 12 months yet')
})

test('only outings that happened count, by their month; later and older ones are left out', () => {
  const months = countDoneByMonth(
    [
      { day: '2026-11-26', status: 'done' },
      { day: '2026-11-01', status: 'done' },
      { day: '2026-11-20', status: 'cancelled' },
      { day: '2026-11-30', status: 'done' },
      { day: '2024-02-29', status: 'done' },
      { day: '2026-01-31', status: 'done' },
    ],
    '2026-11-26',
  )
  expect(months.at(-1)).toEqual({ month: '2026-11', done: 2 })
  expect(months.find((month) => month.month === '2026-01')?.done).toBe(1)
  expect(describeOutingMonths(months)).toBe('2 outings this month; 3 in the last 12 months')
})

test('a leap year and the turn of the year', () => {
  const months = countDoneByMonth([{ day: '2028-02-29', status: 'done' }], '2028-03-01', 3)
  expect(months).toEqual([
    { month: '2028-01', done: 0 },
    { month: '2028-02', done: 1 },
    { month: '2028-03', done: 0 },
  ])
})

test('one outing on a DST night counts in its own month; months between stay at nought', () => {
  const months = countDoneByMonth(
    [
      { day: '2026-03-29', status: 'done' },
      { day: '2026-10-25', status: 'done' },
    ],
    '2026-11-26',
  )
  expect(months.filter((month) => month.done > 0)).toEqual([
    { month: '2026-03', done: 1 },
    { month: '2026-10', done: 1 },
  ])
  expect(months.filter((month) => month.done === 0)).toHaveLength(10)
  expect(describeOutingMonths(months)).toBe('No outings this month yet; 2 in the last 12 months')
})
