import fc from 'fast-check'
import ICAL from 'ical.js'
import { expect, test } from 'vitest'
import { fromWallTime, toWallTime } from '@/lib/time-zones'
import { formatLocal, writeCalendar } from './ics-writer'
import { buildVTimezone, findOffsetChanges } from './vtimezone'

const ZONES = [
  'Europe/London',
  'America/New_York',
  'America/Santiago',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Africa/Casablanca',
  'UTC',
]

test('London changes twice in 2026, on the last Sundays of March and October', () => {
  expect(
    findOffsetChanges('Europe/London', 2026, 2026).map((change) => [
      new Date(change.at).toISOString(),
      change.from,
      change.to,
    ]),
  ).toEqual([
    ['2026-03-29T01:00:00.000Z', 0, 60],
    ['2026-10-25T01:00:00.000Z', 60, 0],
  ])
})

test('a zone without clock changes gets one observance', () => {
  const lines = buildVTimezone('Asia/Tokyo', 2026, 2026)
  expect(lines.filter((line) => line.startsWith('BEGIN:'))).toEqual([
    'BEGIN:VTIMEZONE',
    'BEGIN:STANDARD',
  ])
  expect(lines).toContain('TZOFFSETTO:+0900')
})

/** Where a parser places a wall time in `zone`, given only our VTIMEZONE. */
function parserInstant(
  zone: string,
  wall: ReturnType<typeof toWallTime>,
  years: [number, number],
  recurring: boolean,
) {
  const text = writeCalendar([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...buildVTimezone(zone, years[0], years[1], { recurring }),
    'BEGIN:VEVENT',
    'UID:x',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=${zone}:${formatLocal(wall)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ])
  const calendar = new ICAL.Component(ICAL.parse(text))
  const start = calendar
    .getFirstSubcomponent('vevent')!
    .getFirstPropertyValue('dtstart') as ICAL.Time
  return start.convertToZone(ICAL.Timezone.utcTimezone).toJSDate().getTime()
}

test('property: a real parser reading our VTIMEZONE agrees with the browser on every instant', () => {
  const from = Date.UTC(2026, 0, 2)
  const to = Date.UTC(2027, 11, 30)
  fc.assert(
    fc.property(
      fc.constantFrom(...ZONES),
      fc.integer({ min: from / 60_000, max: to / 60_000 }),
      fc.boolean(),
      (zone, minute, recurring) => {
        const instant = minute * 60_000
        const wall = toWallTime(instant, zone)
        // A wall time that happens twice is read as the first; only unambiguous times are compared.
        fc.pre(fromWallTime(wall, zone) === instant)
        expect(new Date(parserInstant(zone, wall, [2026, 2027], recurring)).toISOString()).toBe(
          new Date(instant).toISOString(),
        )
      },
    ),
    { numRuns: 300 },
  )
})

test('a recurring VTIMEZONE stays right years beyond the ones it was worked out for', () => {
  for (const zone of ['Europe/London', 'America/New_York', 'Australia/Sydney']) {
    for (const iso of ['2035-07-01T12:00:00Z', '2035-01-15T12:00:00Z']) {
      const instant = Date.parse(iso)
      const wall = toWallTime(instant, zone)
      expect(new Date(parserInstant(zone, wall, [2026, 2031], true)).toISOString()).toBe(
        new Date(instant).toISOString(),
      )
    }
  }
})
