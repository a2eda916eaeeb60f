import { expect, test } from 'vitest'
import type { Mood } from '@/db/types'
import { toDayNumber } from '@/lib/day-numbers'
import { collectActivities, findPatterns, type Activity } from './patterns'

const today = 20_000
/** `count` days ending today, with moods from `mood(i)`. */
const moods = (count: number, mood: (i: number) => Mood) =>
  new Map(Array.from({ length: count }, (_, i) => [today - count + 1 + i, mood(i)]))
const activity = (days: number[], from = 0): Activity => ({
  phrase: 'you ticked “Walk”',
  days: new Set(days),
  from,
})

test('hidden until thirty days have a mood', () => {
  expect(findPatterns(new Map(), [activity([])], today)).toBeNull()
  expect(
    findPatterns(
      moods(29, () => 3),
      [activity([today])],
      today,
    ),
  ).toBeNull()
})

test('worded as what happened on those days, with the averages', () => {
  const walked = [today, today - 1, today - 2, today - 3]
  const patterns = findPatterns(
    moods(30, (i) => (i >= 26 ? 4 : 3)),
    [activity(walked)],
    today,
  )
  expect(patterns).toEqual([
    expect.objectContaining({
      withDays: 4,
      withoutDays: 26,
      sentence: 'On days you ticked “Walk”, your mood averaged 4.0; on other days, 3.0.',
    }),
  ])
  expect(patterns![0]!.sentence).not.toMatch(/because|made|caused|improve/i)
})

test('fewer than three days on either side: left out', () => {
  const all = Array.from({ length: 30 }, (_, i) => today - i)
  expect(
    findPatterns(
      moods(30, () => 3),
      [activity([today, today - 1])],
      today,
    ),
  ).toEqual([])
  expect(
    findPatterns(
      moods(30, () => 3),
      [activity(all.slice(2))],
      today,
    ),
  ).toEqual([])
})

test('days before an activity could happen are not "other days"; widest difference first', () => {
  const data = moods(40, (i) => (i < 10 ? 1 : 3))
  const late: Activity = {
    phrase: 'with an outing',
    days: new Set([today, today - 1, today - 2]),
    from: today - 29,
  }
  const patterns = findPatterns(
    data,
    [activity([today - 39, today - 38, today - 37]), late],
    today,
  )!
  expect(patterns.map((pattern) => pattern.phrase)).toEqual(['you ticked “Walk”', 'with an outing'])
  expect(patterns[1]).toMatchObject({ withoutDays: 27, withoutAverage: 3 })
})

test('activities: each habit’s done days from its log (skips left out), and the outings’ days', () => {
  const habits = [
    { id: 'walk', name: 'Walk', startDay: '2024-02-28' },
    { id: 'gym', name: 'Gym', startDay: '2026-03-29' },
  ]
  const logs = new Map([
    [
      'walk',
      [
        { day: '2024-02-29', status: 'done' as const },
        { day: '2024-03-01', status: 'skipped' as const },
        { day: '2024-03-02', status: 'done' as const },
      ],
    ],
  ])
  const [walk, gym, outings] = collectActivities(habits, logs, [
    { day: '2026-03-29' },
    { day: '2026-03-27' },
    { day: '2026-03-29' },
  ])
  expect(walk).toEqual({
    phrase: 'you ticked “Walk”',
    days: new Set([toDayNumber('2024-02-29'), toDayNumber('2024-03-02')]),
    from: toDayNumber('2024-02-28'),
  })
  // A habit with no log yet still counts its days since it began (on DST night too).
  expect(gym).toEqual({
    phrase: 'you ticked “Gym”',
    days: new Set(),
    from: toDayNumber('2026-03-29'),
  })
  expect(outings).toEqual({
    phrase: 'with an outing',
    days: new Set([toDayNumber('2026-03-27'), toDayNumber('2026-03-29')]),
    from: toDayNumber('2026-03-27'),
  })
  expect(collectActivities([], new Map(), [])).toEqual([])
})

test('gaps, a leap day and DST nights: only days with a mood are compared, each once', () => {
  const days = ['2028-02-28', '2028-02-29', '2028-03-01', '2028-03-26', '2028-03-27', '2028-10-29']
  const moods = new Map<number, Mood>(
    Array.from({ length: 30 }, (_, i) => [toDayNumber('2028-01-01') + i * 2, 3 as Mood]),
  )
  // The walk's days have a mood of 5 (28 February was already a day with a mood: it moves to the
  // walk's side); days without a mood (the gaps) are never "other days".
  for (const day of days) moods.set(toDayNumber(day), 5)
  const [pattern] = findPatterns(
    moods,
    [activity(days.map(toDayNumber), toDayNumber('2028-01-01'))],
    toDayNumber('2028-12-31'),
  )!
  expect(pattern).toMatchObject({ withDays: 6, withoutDays: 29, withAverage: 5, withoutAverage: 3 })
})
