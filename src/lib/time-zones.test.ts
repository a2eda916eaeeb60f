import { expect, test } from 'vitest'
import {
  describeTimeZone,
  fromWallTime,
  isKnownTimeZone,
  toWallTime,
  zoneOffsetMinutes,
} from './time-zones'

const wall = (y: number, mo: number, d: number, h: number, mi: number) => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
})

test.each([
  ['London in winter', 'Europe/London', '2026-01-15T12:00:00Z', 0],
  ['London in summer', 'Europe/London', '2026-07-15T12:00:00Z', 60],
  ['New York in winter', 'America/New_York', '2026-01-15T12:00:00Z', -300],
  ['Kolkata (half hour)', 'Asia/Kolkata', '2026-01-15T12:00:00Z', 330],
  ['Kathmandu (quarter hour)', 'Asia/Kathmandu', '2026-01-15T12:00:00Z', 345],
  ['Sydney in its summer', 'Australia/Sydney', '2026-01-15T12:00:00Z', 660],
  ['UTC', 'UTC', '2026-01-15T12:00:00Z', 0],
])('%s is %i minutes from UTC', (_, zone, at, offset) => {
  expect(zoneOffsetMinutes(zone, Date.parse(at))).toBe(offset)
})

test('a wall time becomes the right instant on either side of a clock change', () => {
  expect(new Date(fromWallTime(wall(2026, 3, 28, 19, 0), 'Europe/London')).toISOString()).toBe(
    '2026-03-28T19:00:00.000Z',
  )
  expect(new Date(fromWallTime(wall(2026, 3, 29, 19, 0), 'Europe/London')).toISOString()).toBe(
    '2026-03-29T18:00:00.000Z',
  )
  expect(new Date(fromWallTime(wall(2026, 11, 1, 9, 30), 'America/New_York')).toISOString()).toBe(
    '2026-11-01T14:30:00.000Z',
  )
})

test('a time skipped in spring moves forward by the gap; a doubled autumn time is the first', () => {
  // London 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:30 never happens.
  expect(new Date(fromWallTime(wall(2026, 3, 29, 1, 30), 'Europe/London')).toISOString()).toBe(
    '2026-03-29T01:30:00.000Z',
  )
  // London 25 October 2026: 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT).
  expect(new Date(fromWallTime(wall(2026, 10, 25, 1, 30), 'Europe/London')).toISOString()).toBe(
    '2026-10-25T00:30:00.000Z',
  )
})

test('wall times round-trip through instants, and a leap day is real', () => {
  const at = fromWallTime(wall(2028, 2, 29, 23, 45), 'Pacific/Auckland')
  expect(toWallTime(at, 'Pacific/Auckland')).toEqual({ ...wall(2028, 2, 29, 23, 45), second: 0 })
})

test('unknown zones are recognised as such; names read as places', () => {
  expect(isKnownTimeZone('Europe/Berlin')).toBe(true)
  expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false)
  expect(describeTimeZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires')
})
