import { expect, test } from 'vitest'
import {
  addDaysToDay,
  daysBetween,
  fromDayNumber,
  startOfWeekNumber,
  toDayNumber,
  weekdayOf,
} from './day-numbers'

test.each([
  ['2026-03-28', 1, '2026-03-29'],
  ['2026-03-29', 1, '2026-03-30'],
  ['2026-10-25', 1, '2026-10-26'],
  ['2026-10-31', 1, '2026-11-01'],
  ['2028-02-28', 1, '2028-02-29'],
  ['2027-02-28', 1, '2027-03-01'],
  ['2026-12-31', 1, '2027-01-01'],
  ['2026-11-26', -365, '2025-11-26'],
])('%s plus %i days is %s, whatever the clocks do', (day, amount, expected) => {
  expect(addDaysToDay(day, amount)).toBe(expected)
})

test('weekdays and week starts', () => {
  expect(weekdayOf(toDayNumber('2026-11-26'))).toBe(4)
  expect(weekdayOf(toDayNumber('1969-12-28'))).toBe(0)
  expect(fromDayNumber(startOfWeekNumber(toDayNumber('2026-11-26'), 1))).toBe('2026-11-23')
  expect(fromDayNumber(startOfWeekNumber(toDayNumber('2026-11-26'), 0))).toBe('2026-11-22')
  expect(fromDayNumber(startOfWeekNumber(toDayNumber('2026-11-23'), 1))).toBe('2026-11-23')
  expect(daysBetween('2026-10-24', '2026-11-02')).toBe(9)
})

test.each(['2026-02-30', '2026-13-01', '26-11-26', '', '2026-11-26T00:00'])(
  '%j is not a day',
  (day) => {
    expect(toDayNumber(day)).toBeNaN()
  },
)
