import { expect, test } from 'vitest'
import type { ContactLog } from '@/db/types'
import { describeDuration, restartsCount, summariseHistory, summariseStreaks } from './streaks'

type Contact = Pick<ContactLog, 'at' | 'initiator' | 'replied' | 'withinAgreement'>
const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min)
const contact = (at: Date, overrides: Partial<Contact> = {}): Contact => ({
  at: at.toISOString(),
  initiator: 'me',
  replied: false,
  withinAgreement: false,
  ...overrides,
})
const plan = (start: Date, mode: 'no-contact' | 'limited' = 'no-contact') => ({
  startAt: start.toISOString(),
  mode,
})

test.each([
  ['I reached out', { initiator: 'me' }, 'no-contact', true],
  ['we both reached out', { initiator: 'mutual' }, 'no-contact', true],
  ['my ex reached out, I did not answer', { initiator: 'ex', replied: false }, 'no-contact', false],
  ['my ex reached out and I answered', { initiator: 'ex', replied: true }, 'no-contact', true],
  ['we ran into each other, I walked on', { initiator: 'encounter' }, 'no-contact', false],
  [
    'we ran into each other and talked',
    { initiator: 'encounter', replied: true },
    'no-contact',
    true,
  ],
  [
    'limited: ran into each other, talked about what we agreed',
    { initiator: 'encounter', replied: true, withinAgreement: true },
    'limited',
    false,
  ],
  [
    'limited: ran into each other, talked about us',
    { initiator: 'encounter', replied: true },
    'limited',
    true,
  ],
  [
    'limited: I texted about the children (agreed)',
    { initiator: 'me', withinAgreement: true },
    'limited',
    false,
  ],
  [
    'limited: I texted about us (not agreed)',
    { initiator: 'me', withinAgreement: false },
    'limited',
    true,
  ],
  ['no contact ignores "agreed"', { initiator: 'me', withinAgreement: true }, 'no-contact', true],
] as const)('%s → restarts: %s', (_, overrides, mode, expected) => {
  expect(restartsCount(contact(new Date(), overrides), mode)).toBe(expected)
})

test('a fresh start counts hours, then days', () => {
  const start = local(2026, 11, 26, 9, 0)
  expect(summariseStreaks(plan(start), [], local(2026, 11, 26, 9, 40)).current).toMatchObject({
    days: 0,
    hours: 0,
  })
  expect(summariseStreaks(plan(start), [], local(2026, 11, 27, 14, 0)).current).toMatchObject({
    days: 1,
    hours: 5,
  })
})

test('a back-dated start counts from that day', () => {
  const summary = summariseStreaks(plan(local(2026, 11, 1, 0, 0)), [], local(2026, 11, 26, 8, 0))
  expect(summary.current.days).toBe(25)
  expect(summary.nextMilestone).toBe(30)
})

test('contact logged out of order gives the same result as in order', () => {
  const start = local(2026, 10, 1, 0, 0)
  const log = [
    contact(local(2026, 10, 20)),
    contact(local(2026, 10, 5)),
    contact(local(2026, 11, 1)),
  ]
  const now = local(2026, 11, 26)
  const shuffled = summariseStreaks(plan(start), log, now)
  const sorted = summariseStreaks(plan(start), [log[1]!, log[0]!, log[2]!], now)
  expect(shuffled).toEqual(sorted)
  expect(shuffled.attempts.map((attempt) => attempt.days)).toEqual([4, 15, 12, 25])
  expect(shuffled).toMatchObject({ longestDays: 25, totalDays: 56, restarts: 3 })
})

test('deleting a logged contact (it is simply gone from the log) joins the two attempts again', () => {
  const start = local(2026, 10, 1, 0, 0)
  const now = local(2026, 11, 1, 0, 0)
  expect(
    summariseStreaks(plan(start), [contact(local(2026, 10, 15, 0, 0))], now).current.days,
  ).toBe(17)
  expect(summariseStreaks(plan(start), [], now).current.days).toBe(31)
})

test('contact before the start or in the future is ignored', () => {
  const start = local(2026, 11, 10, 0, 0)
  const now = local(2026, 11, 26, 12, 0)
  const summary = summariseStreaks(
    plan(start),
    [contact(local(2026, 11, 1)), contact(local(2026, 12, 1))],
    now,
  )
  expect(summary).toMatchObject({ restarts: 0, current: { days: 16 } })
})

test('a restart keeps the longest streak and the whole history', () => {
  const summary = summariseStreaks(
    plan(local(2026, 1, 1, 0, 0)),
    [contact(local(2026, 4, 1, 0, 0))],
    local(2026, 4, 4, 0, 0),
  )
  expect(summary.longestDays).toBe(90)
  expect(summary.current.days).toBe(3)
  expect(summary.milestoneToday).toBe(3)
  expect(summary.attempts).toHaveLength(2)
})

test.each([
  [
    'the night clocks go forward (a 23-hour day)',
    local(2026, 3, 28, 12),
    local(2026, 3, 29, 12),
    1,
  ],
  ['the night clocks go back (a 25-hour day)', local(2026, 10, 24, 12), local(2026, 10, 25, 12), 1],
  ['a week across the spring change', local(2026, 3, 25, 0, 0), local(2026, 4, 1, 0, 0), 7],
  ['across a month end', local(2026, 1, 31, 22), local(2026, 2, 1, 22), 1],
  ['across a leap day', local(2028, 2, 28, 8), local(2028, 3, 1, 8), 2],
  ['across a year end', local(2026, 12, 31, 23, 0), local(2027, 1, 1, 23, 0), 1],
  ['one minute short of a day', local(2026, 11, 25, 12, 1), local(2026, 11, 26, 12, 0), 0],
])('%s: %i full day(s)', (_, start, now, days) => {
  expect(summariseStreaks(plan(start), [], now).current.days).toBe(days)
})

test('travelling to another time zone does not change the count', () => {
  const start = '2026-11-01T08:00:00.000Z'
  const now = new Date('2026-11-20T07:00:00.000Z')
  const zone = process.env.TZ
  const at = (tz: string) => {
    process.env.TZ = tz
    return summariseStreaks({ startAt: start, mode: 'no-contact' }, [], now).current
  }
  try {
    // The full-day count is the same wherever the phone is; only a DST change inside the span can
    // move the hours by one, as it does on any clock.
    const days = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata', 'Europe/Berlin'].map(
      (tz) => at(tz).days,
    )
    expect(new Set(days)).toEqual(new Set([18]))
    expect(at('Asia/Kolkata')).toEqual(at('Asia/Tokyo'))
  } finally {
    process.env.TZ = zone
  }
})

test.each([
  [0, 0, 'Less than an hour'],
  [0, 1, '1 hour'],
  [0, 7, '7 hours'],
  [1, 0, '1 day, 0 hours'],
  [2, 23, '2 days, 23 hours'],
  [3, 4, '3 days'],
  [400, 0, '400 days'],
])('%i days %i hours reads "%s"', (days, hours, text) => {
  expect(describeDuration(days, hours)).toBe(text)
})

test('a thousand contacts over years are handled', () => {
  const start = local(2023, 1, 1, 0, 0)
  const log = Array.from({ length: 1000 }, (_, i) =>
    contact(new Date(start.getTime() + (i + 1) * 86_400_000), {
      initiator: i % 3 === 0 ? 'ex' : 'me',
    }),
  )
  const summary = summariseStreaks(plan(start), log, local(2026, 11, 26))
  expect(summary.restarts).toBe(666)
  expect(summary.attempts).toHaveLength(667)
})

test('running into each other keeps the count running unless the person engaged', () => {
  const start = local(2026, 11, 1, 0, 0)
  const now = local(2026, 11, 26, 12, 0)
  const passed = contact(local(2026, 11, 10), { initiator: 'encounter', replied: false })
  expect(summariseStreaks(plan(start), [passed], now)).toMatchObject({
    restarts: 0,
    current: { days: 25 },
  })
  const talked = contact(local(2026, 11, 10), { initiator: 'encounter', replied: true })
  expect(summariseStreaks(plan(start), [talked], now)).toMatchObject({
    restarts: 1,
    current: { days: 16 },
    longestDays: 16,
  })
})

const span = (start: Date, end: Date | null, mode: 'no-contact' | 'limited' = 'no-contact') => ({
  startAt: start.toISOString(),
  endedAt: end ? end.toISOString() : null,
  mode,
})

test('a stopped count stays in the history, the longest stretch and all days', () => {
  const now = local(2026, 11, 26, 20)
  const stopped = span(local(2026, 10, 1, 9), local(2026, 10, 21, 10))
  const history = summariseHistory([stopped], [], now)
  expect(history).toMatchObject({ longestDays: 20, totalDays: 20, restarts: 0 })
  expect(history.attempts).toEqual([
    {
      start: local(2026, 10, 1, 9),
      end: local(2026, 10, 21, 10),
      days: 20,
      stopped: true,
    },
  ])
})

test('a new count after a stopped one keeps the stopped one in its totals', () => {
  const now = local(2026, 11, 26, 20)
  const stopped = span(local(2026, 10, 1, 9), local(2026, 10, 21, 10))
  const summary = summariseStreaks(
    plan(local(2026, 11, 20, 9)),
    [contact(local(2026, 10, 5, 12))],
    now,
    [stopped],
  )
  expect(summary.current.days).toBe(6)
  expect(summary).toMatchObject({ longestDays: 15, totalDays: 4 + 15 + 6, restarts: 1 })
  expect(summary.attempts.map((attempt) => [attempt.days, attempt.stopped ?? false])).toEqual([
    [4, false],
    [15, true],
    [6, false],
  ])
})

test('a back-dated start ends the count before it there, and no day is counted twice', () => {
  const now = local(2026, 11, 26, 20)
  // Stopped on 21 November, then a new count back-dated to the 10th (there was contact that day).
  const stopped = span(local(2026, 11, 1, 0), local(2026, 11, 21, 12))
  const summary = summariseStreaks(plan(local(2026, 11, 10, 0)), [], now, [stopped])
  expect(summary.current.days).toBe(16)
  expect(summary.attempts.map((attempt) => attempt.days)).toEqual([9, 16])
  expect(summary.totalDays).toBe(25)
})

test('a stopped count wholly inside the running one adds nothing of its own', () => {
  const now = local(2026, 11, 26, 20)
  const inside = span(local(2026, 11, 12, 0), local(2026, 11, 15, 0))
  const summary = summariseStreaks(plan(local(2026, 11, 10, 0)), [], now, [inside])
  expect(summary.attempts).toHaveLength(1)
  expect(summary).toMatchObject({ longestDays: 16, totalDays: 16 })
})

test('each count restarts by its own kind of contact', () => {
  const now = local(2026, 11, 26, 20)
  const agreed = contact(local(2026, 10, 10), { withinAgreement: true })
  const history = summariseHistory(
    [span(local(2026, 10, 1), local(2026, 10, 20), 'limited'), span(local(2026, 11, 1), null)],
    [agreed, contact(local(2026, 11, 10), { withinAgreement: true })],
    now,
  )
  // Agreed contact leaves the limited count whole; in the no-contact count it restarts.
  expect(history.restarts).toBe(1)
  expect(history.attempts.map((attempt) => attempt.days)).toEqual([19, 9, 16])
})

test('no counts, or counts with damaged dates, give an empty history', () => {
  const now = local(2026, 11, 26, 20)
  expect(summariseHistory([], [], now)).toEqual({
    longestDays: 0,
    totalDays: 0,
    attempts: [],
    restarts: 0,
  })
  const damaged = { startAt: 'not a date', endedAt: null, mode: 'no-contact' as const }
  expect(summariseHistory([damaged], [], now).attempts).toEqual([])
})

test('a count stopped "in the future" (a clock set back) ends now', () => {
  const now = local(2026, 11, 26, 20)
  const history = summariseHistory([span(local(2026, 11, 20, 20), local(2026, 12, 5))], [], now)
  expect(history.attempts[0]).toMatchObject({ end: now, days: 6, stopped: true })
})
