import { addDays, addHours } from 'date-fns'
import { expect, test } from 'vitest'
import {
  describeDay,
  fromDateAndTime,
  parseCalendarDay,
  partOfDay,
  toCalendarDay,
  toTimeInput,
} from './dates'

test('the tests run in a zone with daylight saving', () => {
  expect(new Date(2026, 0, 15).getTimezoneOffset()).not.toBe(
    new Date(2026, 6, 15).getTimezoneOffset(),
  )
})

test.each([
  ['a minute before midnight', new Date(2026, 10, 26, 23, 59), '2026-11-26'],
  ['midnight itself', new Date(2026, 10, 27, 0, 0), '2026-11-27'],
  ['the last day of a month', new Date(2026, 3, 30, 22, 0), '2026-04-30'],
  ['new year', new Date(2027, 0, 1, 0, 30), '2027-01-01'],
  ['a leap day', new Date(2028, 1, 29, 12), '2028-02-29'],
  ['the night clocks go forward', new Date(2026, 2, 29, 3, 30), '2026-03-29'],
  ['the night clocks go back', new Date(2026, 9, 25, 2, 30), '2026-10-25'],
  ['a year before 1000', new Date(999, 0, 2), '0999-01-02'],
])('toCalendarDay uses the local day: %s', (_, date, day) => {
  expect(toCalendarDay(date)).toBe(day)
})

test('a late-evening instant belongs to the local day even when UTC has moved on', () => {
  // 23:30 in Berlin in winter is 22:30 UTC; in summer 21:30 UTC. Either way the same local day.
  expect(toCalendarDay(new Date('2026-11-26T22:30:00.000Z'))).toBe('2026-11-26')
  expect(toCalendarDay(new Date('2026-11-26T23:30:00.000Z'))).toBe('2026-11-27')
})

test('adding days across a DST change still lands on the next calendar day', () => {
  const beforeSpring = new Date(2026, 2, 28, 12)
  expect(toCalendarDay(addDays(beforeSpring, 1))).toBe('2026-03-29')
  expect(toCalendarDay(addDays(beforeSpring, 2))).toBe('2026-03-30')
  // 24 hours after noon on the long autumn day is 11:00 the next day, still the next calendar day.
  expect(toCalendarDay(addHours(new Date(2026, 9, 25, 12), 24))).toBe('2026-10-26')
})

test.each([
  ['2026-11-26', true],
  ['2028-02-29', true],
  ['2026-02-29', false],
  ['2026-02-30', false],
  ['2026-13-01', false],
  ['2026-00-10', false],
  ['2026-11-31', false],
  ['26-11-2026', false],
  ['2026-1-5', false],
  ['', false],
  ['not a date', false],
  ['2026-11-26T10:00', false],
])('parseCalendarDay(%j) is valid: %s', (day, valid) => {
  const parsed = parseCalendarDay(day)
  expect(parsed !== null).toBe(valid)
  if (parsed) expect(toCalendarDay(parsed)).toBe(day)
})

test.each([
  ['2026-11-26', 'Today'],
  ['2026-11-25', 'Yesterday'],
  ['2026-11-01', 'Sunday 1 November'],
  ['2025-12-31', 'Wednesday 31 December 2025'],
  ['2024-02-29', 'Thursday 29 February 2024'],
  ['garbage', 'garbage'],
])('describeDay(%s) on 26 November 2026 is %j', (day, label) => {
  expect(describeDay(day, new Date(2026, 10, 26, 0, 5))).toBe(label)
})

test('just after midnight, the evening before is "Yesterday"', () => {
  expect(describeDay('2026-03-28', new Date(2026, 2, 29, 0, 1))).toBe('Yesterday')
})

test.each([
  [3, 'night'],
  [5, 'morning'],
  [11, 'morning'],
  [12, 'afternoon'],
  [18, 'evening'],
  [23, 'night'],
] as const)('at %i:00 it is %s', (hour, part) => {
  expect(partOfDay(new Date(2026, 10, 26, hour))).toBe(part)
})

test.each([
  ['an ordinary evening', '2026-11-26', '21:05', new Date(2026, 10, 26, 21, 5)],
  ['midnight', '2026-11-27', '00:00', new Date(2026, 10, 27, 0, 0)],
  ['a leap day', '2028-02-29', '12:30', new Date(2028, 1, 29, 12, 30)],
  ['the hour repeated when clocks go back', '2026-10-25', '02:30', new Date(2026, 9, 25, 2, 30)],
  ['the last minute of a month', '2026-04-30', '23:59', new Date(2026, 3, 30, 23, 59)],
])('fromDateAndTime reads a local day and time: %s', (_, day, time, expected) => {
  expect(fromDateAndTime(day, time).getTime()).toBe(expected.getTime())
})

test('a time that does not exist (clocks go forward) moves on to the next real minute', () => {
  // 02:30 on 29 March 2026 is skipped in Berlin: the browser's own rule puts it at 03:30.
  const date = fromDateAndTime('2026-03-29', '02:30')
  expect(toCalendarDay(date)).toBe('2026-03-29')
  expect(toTimeInput(date)).toBe('03:30')
})

test.each([
  ['an impossible day', '2026-02-30', '12:00'],
  ['a non-leap 29 February', '2027-02-29', '12:00'],
  ['an empty day', '', '12:00'],
  ['an empty time', '2026-11-26', ''],
  ['hour 24', '2026-11-26', '24:00'],
  ['minute 60', '2026-11-26', '12:60'],
  ['a time with seconds', '2026-11-26', '12:00:00'],
  ['words', 'tomorrow', 'noon'],
])('fromDateAndTime gives an invalid date for %s', (_, day, time) => {
  expect(Number.isNaN(fromDateAndTime(day, time).getTime())).toBe(true)
})

test.each([
  [new Date(2026, 10, 26, 0, 0), '00:00'],
  [new Date(2026, 10, 26, 9, 7), '09:07'],
  [new Date(2026, 10, 26, 23, 59), '23:59'],
])('toTimeInput gives the local time as HH:mm: %s', (date, expected) => {
  expect(toTimeInput(date)).toBe(expected)
})
