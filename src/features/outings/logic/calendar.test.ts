import ICAL from 'ical.js'
import { expect, test } from 'vitest'
import allDay from './golden/all-day.ics?raw'
import dailyReminder from './golden/daily-reminder.ics?raw'
import dstWeek from './golden/dst-week.ics?raw'
import oneOff from './golden/one-off.ics?raw'
import weekdayReminder from './golden/weekday-reminder.ics?raw'
import {
  calendarFileName,
  outingsCalendar,
  reminderCalendar,
  type CalendarOuting,
  type CheckInReminder,
} from './calendar'
import { getStartMs } from './outing-time'

const NOW = new Date('2026-11-26T17:45:00Z')

export const outing = (overrides: Partial<CalendarOuting> = {}): CalendarOuting => ({
  uid: 'b1c7e0a2-0000-4000-8000-000000000001@steady',
  sequence: 0,
  title: 'Dinner with Sam',
  withWhom: 'Sam',
  place: '',
  note: '',
  day: '2026-12-05',
  startTime: '19:00',
  endTime: '22:00',
  endsNextDay: false,
  timeZone: 'Europe/London',
  status: 'planned',
  ...overrides,
})

const oneOffOuting = outing({
  title: 'Dinner, drinks; and \\ a film 🎬',
  withWhom: 'Sam, Alex 😊 and 花子',
  place: 'Café “Nord”; 2nd floor, 東京',
  note: 'Bring the book\nand the umbrella ☔\n\nTable booked for 3; ask for Ana.',
})

const reminder: CheckInReminder = {
  uid: 'b1c7e0a2-0000-4000-8000-0000000000aa@steady',
  sequence: 2,
  time: '21:30',
  weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
  timeZone: 'Europe/London',
}

// London's clocks go back on Sunday 25 October 2026: a week of outings either side of it.
const dstWeekOutings = [
  outing({ uid: 'w1@steady', title: 'Walk', day: '2026-10-22', startTime: '18:00', endTime: null }),
  outing({
    uid: 'w2@steady',
    title: 'Friends’ night',
    day: '2026-10-24',
    startTime: '22:00',
    endTime: '03:00',
    endsNextDay: true,
  }),
  outing({
    uid: 'w3@steady',
    title: 'Family lunch',
    day: '2026-10-25',
    startTime: '12:30',
    endTime: '15:00',
  }),
  outing({
    uid: 'w4@steady',
    title: 'Class',
    day: '2026-10-27',
    startTime: '18:00',
    endTime: '19:30',
  }),
]

const cases = [
  ['one-off', () => outingsCalendar([oneOffOuting], NOW), oneOff],
  [
    'all-day',
    () =>
      outingsCalendar(
        [outing({ title: 'Family visit', startTime: null, endTime: null, place: 'Leeds' })],
        NOW,
      ),
    allDay,
  ],
  ['daily-reminder', () => reminderCalendar(reminder, NOW), dailyReminder],
  [
    'weekday-reminder',
    () =>
      reminderCalendar(
        { ...reminder, weekdays: ['MO', 'WE', 'FR'], time: '08:00', timeZone: 'America/New_York' },
        NOW,
      ),
    weekdayReminder,
  ],
  ['dst-week', () => outingsCalendar(dstWeekOutings, NOW), dstWeek],
] as const

test.each(cases)('%s matches its golden file byte for byte', async (name, make, golden) => {
  if (process.env.WRITE_GOLDEN) {
    const { writeFileSync } = await import('node:fs')
    writeFileSync(`${process.cwd()}/src/features/outings/logic/golden/${name}.ics`, make())
    return
  }
  expect(make()).toBe(golden)
})

test.each(cases)('%s is read by a real parser (ical.js)', (_, make) => {
  const text = make()
  expect(text.endsWith('\r\n')).toBe(true)
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  }
  const calendar = new ICAL.Component(ICAL.parse(text))
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-26T17:45:00Z')
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY')
  }
})

/** Reads events back with ical.js, its time zones registered from the file itself. */
function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone)
  }
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

test('every text field comes back exactly, commas, semicolons, backslashes, newlines, emoji and CJK included', () => {
  const [event] = readEvents(oneOff)
  expect(event!.summary).toBe(oneOffOuting.title)
  expect(event!.location).toBe(oneOffOuting.place)
  expect(event!.description).toBe(`With ${oneOffOuting.withWhom}\n\n${oneOffOuting.note}`)
  expect(event!.uid).toBe(oneOffOuting.uid)
})

test('a parser places each outing of the DST week at the instant Steady means', () => {
  const events = readEvents(dstWeek)
  expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(
    dstWeekOutings.map((o) => new Date(getStartMs(o)).toISOString()),
  )
  expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
    '2026-10-22T17:00:00.000Z',
    '2026-10-24T21:00:00.000Z',
    '2026-10-25T12:30:00.000Z',
    '2026-10-27T18:00:00.000Z',
  ])
  // 22:00 BST to 03:00 GMT is six hours, not five: the night the clocks go back.
  expect(events[1]!.duration.toSeconds()).toBe(6 * 3600)
})

test('re-exporting keeps the UID and raises the sequence, so a calendar updates the event', () => {
  const first = readEvents(outingsCalendar([outing()], NOW))[0]!
  const again = readEvents(outingsCalendar([outing({ sequence: 1, startTime: '20:00' })], NOW))[0]!
  expect(again.uid).toBe(first.uid)
  expect(again.sequence).toBe(first.sequence + 1)
})

test('an outing moved across a clock change keeps its wall-clock time in its zone', () => {
  const before = outing({ day: '2026-03-27', timeZone: 'America/New_York', startTime: '19:00' })
  const after = { ...before, day: '2026-03-03', sequence: 1 }
  const [a] = readEvents(outingsCalendar([before], NOW))
  const [b] = readEvents(outingsCalendar([after], NOW))
  expect(a!.startDate.toJSDate().toISOString()).toBe('2026-03-27T23:00:00.000Z')
  expect(b!.startDate.toJSDate().toISOString()).toBe('2026-03-04T00:00:00.000Z')
})

test('planned in one zone and viewed from another, the event stays where it was planned', () => {
  // Planned in Tokyo; the test process runs in Berlin.
  const tokyo = outing({ timeZone: 'Asia/Tokyo', startTime: '19:00', endTime: '21:00' })
  const [event] = readEvents(outingsCalendar([tokyo], NOW))
  expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-05T10:00:00.000Z')
})

test('the daily reminder repeats at the chosen time, across clock changes, for years', () => {
  const [event] = readEvents(dailyReminder)
  const iterator = event!.iterator()
  const starts: string[] = []
  for (let next = iterator.next(); next && starts.length < 400; next = iterator.next()) {
    starts.push(next.toJSDate().toISOString())
  }
  expect(starts[0]).toBe('2026-11-26T21:30:00.000Z')
  // 21:30 in London: GMT in winter, BST from Sunday 28 March 2027.
  expect(starts).toContain('2027-03-27T21:30:00.000Z')
  expect(starts).toContain('2027-03-28T20:30:00.000Z')
  const [later] = readEvents(reminderCalendar(reminder, new Date('2031-06-01T12:00:00Z')))
  expect(later!.startDate.toJSDate().toISOString()).toBe('2031-06-01T20:30:00.000Z')
})

test('a weekday reminder starts on one of its days', () => {
  const [event] = readEvents(weekdayReminder)
  // Thursday 26 November: the next of Monday, Wednesday or Friday at 08:00 New York time is Friday.
  expect(event!.startDate.toJSDate().toISOString()).toBe('2026-11-27T13:00:00.000Z')
  expect(event!.component.getFirstPropertyValue('rrule')?.toString()).toBe(
    'FREQ=WEEKLY;BYDAY=MO,WE,FR',
  )
})

test.each([
  ['Dinner with Sam', 'dinner-with-sam.ics'],
  ['Café “Nord”!', 'cafe-nord.ics'],
  ['映画', 'outing.ics'],
  ['   ', 'outing.ics'],
])('“%s” is saved as %s', (title, name) => {
  expect(calendarFileName(title)).toBe(name)
})
