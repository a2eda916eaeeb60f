import { expect, test } from 'vitest'
import { buildOuting as makeOuting } from '../../../../tests/setup/factories'
import { compareMoodOnOutingDays, describeMoodPattern } from './mood-pattern'
import { pickForToday, planOutings, rememberPeople } from './planner'

// Thursday 26 November 2026, 18:00 in Berlin (the test process's zone).
const NOW = new Date('2026-11-26T17:00:00Z')

test('outings fall into: to ask about, upcoming by week from Monday, and past (newest first)', () => {
  const outings = [
    makeOuting({ id: 'later', day: '2026-12-14' }),
    makeOuting({ id: 'next-week', day: '2026-11-30', startTime: '10:00' }),
    makeOuting({ id: 'sunday', day: '2026-11-29', startTime: null }),
    makeOuting({ id: 'tonight', day: '2026-11-26', startTime: '19:00' }),
    makeOuting({ id: 'under-way', day: '2026-11-26', startTime: '17:30', endTime: '20:00' }),
    makeOuting({ id: 'over', day: '2026-11-26', startTime: '12:00', endTime: '14:00' }),
    makeOuting({ id: 'done', day: '2026-11-20', status: 'done' }),
    makeOuting({ id: 'missed', day: '2026-11-22', status: 'missed' }),
    makeOuting({ id: 'cancelled', day: '2026-12-24', status: 'cancelled' }),
  ]
  const plan = planOutings(outings, NOW)
  expect(plan.toSettle.map((o) => o.id)).toEqual(['over'])
  expect(plan.upcoming.map((week) => [week.label, week.outings.map((o) => o.id)])).toEqual([
    ['This week', ['under-way', 'tonight', 'sunday']],
    ['Next week', ['next-week']],
    ['Week of 14 December', ['later']],
  ])
  expect(plan.past.map((o) => o.id)).toEqual(['cancelled', 'missed', 'done'])
})

test('a whole-day outing is asked about only once its day is over', () => {
  const today = makeOuting({ day: '2026-11-26', startTime: null })
  expect(planOutings([today], NOW).upcoming).toHaveLength(1)
  expect(planOutings([today], new Date('2026-11-26T23:00:00Z')).toSettle).toHaveLength(1)
})

test('Today shows the outing to ask about before the next one ahead; nothing when there is none', () => {
  const ahead = makeOuting({ id: 'ahead', day: '2026-11-28' })
  const over = makeOuting({ id: 'over', day: '2026-11-25' })
  expect(pickForToday([ahead, over], NOW)).toEqual({ outing: over, ask: true })
  expect(pickForToday([ahead], NOW)).toEqual({ outing: ahead, ask: false })
  expect(pickForToday([makeOuting({ status: 'cancelled' })], NOW)).toBeNull()
})

test('people are remembered from "with whom", most often first, however they were joined', () => {
  expect(
    rememberPeople([
      { withWhom: 'Sam, Alex and Mum', day: '2026-11-01' },
      { withWhom: 'sam & 花子', day: '2026-11-05' },
      { withWhom: 'Alex', day: '2026-11-03' },
      { withWhom: '  ', day: '2026-11-04' },
      { withWhom: 'Andrea', day: '2026-11-06' },
    ]),
  ).toEqual(['Sam', 'Alex', 'Andrea', '花子', 'Mum'])
})

const moods = (entries: [string, 1 | 2 | 3 | 4 | 5][]) =>
  entries.map(([day, mood]) => ({ day, mood }))

test('no pattern until three outing days and three other days have a mood', () => {
  const outingDays = new Set(['2026-11-01', '2026-11-02', '2026-11-03'])
  const some = moods([
    ['2026-11-01', 4],
    ['2026-11-02', 4],
    ['2026-11-03', 5],
    ['2026-11-04', 2],
    ['2026-11-05', 3],
  ])
  expect(compareMoodOnOutingDays(outingDays, some)).toBeNull()
  expect(compareMoodOnOutingDays(new Set(), some)).toBeNull()
  const enough = [...some, ...moods([['2026-11-06', 3]])]
  expect(compareMoodOnOutingDays(outingDays, enough)).toEqual({
    outingDays: 3,
    otherDays: 3,
    outingAverage: 13 / 3,
    otherAverage: 8 / 3,
  })
})

test('a day with several moods counts once, by its average', () => {
  const pattern = compareMoodOnOutingDays(
    new Set(['a', 'b', 'c']),
    moods([
      ['a', 1],
      ['a', 5],
      ['b', 3],
      ['c', 3],
      ['d', 2],
      ['e', 2],
      ['f', 2],
      ['f', 2],
    ]),
  )
  expect(pattern).toMatchObject({ outingDays: 3, otherDays: 3, outingAverage: 3, otherAverage: 2 })
})

test.each([
  [4.2, 3.1, 'On the days you went out, your mood was higher, on average.'],
  [2.4, 3.5, 'On the days you went out, your mood was lower, on average.'],
  [3.1, 3.0, 'Your mood was about the same on both kinds of day.'],
])(
  'outing days %s vs %s read as what happened, not as a cause',
  (outingAverage, otherAverage, start) => {
    const text = describeMoodPattern({ outingDays: 4, otherDays: 12, outingAverage, otherAverage })
    expect(text.startsWith(start)).toBe(true)
    expect(text).toContain('over 4 days')
    expect(text).not.toMatch(/because|made you|helps|boost|improv|caus/i)
  },
)
