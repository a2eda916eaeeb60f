import { expect, test } from 'vitest'
import type { PostingRhythm } from '@/db/types'
import { describePace, getPostingPace, type PaceLevel } from './pace'

// The tests run in Europe/Berlin: clocks went forward on 2026-03-29 and back on 2026-10-25.
const local = (y: number, m: number, d: number, h = 12, min = 0) =>
  new Date(y, m - 1, d, h, min).toISOString()
const NOW = new Date(2026, 10, 26, 21, 0)
/** One post a week at noon for `weeks` weeks, ending `endDaysAgo` days before NOW. */
const weekly = (weeks: number, endDaysAgo: number) =>
  Array.from({ length: weeks }, (_, i) => local(2026, 11, 26 - endDaysAgo - i * 7))

test.each<{
  name: string
  posts: string[]
  said?: PostingRhythm
  now?: Date
  level: PaceLevel
  thisWeek: number
  burst: number
  usual: number | null
}>([
  { name: 'no posts', posts: [], level: 'none', thisWeek: 0, burst: 0, usual: null },
  {
    name: 'one post today',
    posts: [local(2026, 11, 26, 9)],
    level: 'calm',
    thisWeek: 1,
    burst: 1,
    usual: null,
  },
  {
    name: 'three posts in an evening is posting continuously',
    posts: [local(2026, 11, 26, 18), local(2026, 11, 26, 19), local(2026, 11, 26, 20, 30)],
    level: 'continuous',
    thisWeek: 3,
    burst: 3,
    usual: null,
  },
  {
    name: 'a burst across midnight is still one burst',
    posts: [local(2026, 11, 24, 23, 40), local(2026, 11, 24, 23, 55), local(2026, 11, 25, 0, 10)],
    level: 'continuous',
    thisWeek: 3,
    burst: 3,
    usual: null,
  },
  {
    name: 'three posts on three days is not a burst',
    posts: [local(2026, 11, 22), local(2026, 11, 24), local(2026, 11, 26, 9)],
    said: 'few-weekly',
    level: 'calm',
    thisWeek: 3,
    burst: 1,
    usual: 3,
  },
  {
    name: 'twice this week for someone who posted about weekly is above their rhythm',
    posts: [local(2026, 11, 21), local(2026, 11, 25)],
    said: 'weekly',
    level: 'above',
    thisWeek: 2,
    burst: 1,
    usual: 1,
  },
  {
    name: 'five posts in a week, spaced out, from someone who rarely posted',
    posts: [20, 21, 22, 24, 26].map((d) => local(2026, 11, d, 9)),
    said: 'rarely',
    level: 'continuous',
    thisWeek: 5,
    burst: 1,
    usual: 0.1,
  },
  {
    name: 'daily posting is calm for someone who posts daily',
    posts: [20, 21, 22, 23, 24, 25, 26].map((d) => local(2026, 11, d, 9)),
    said: 'daily',
    level: 'calm',
    thisWeek: 7,
    burst: 1,
    usual: 7,
  },
  {
    name: 'a gap: the last post weeks ago leaves this week empty',
    posts: [local(2026, 10, 1), local(2026, 10, 20)],
    level: 'calm',
    thisWeek: 0,
    burst: 0,
    usual: 0.28,
  },
  {
    name: 'the usual rhythm is read from the log once it spans two weeks',
    posts: [...weekly(6, 8), local(2026, 11, 23), local(2026, 11, 25)],
    level: 'above',
    thisWeek: 2,
    burst: 1,
    usual: 1.14,
  },
  {
    name: 'what the person said wins over the log',
    posts: [...weekly(6, 8), local(2026, 11, 23), local(2026, 11, 25)],
    said: 'few-weekly',
    level: 'calm',
    thisWeek: 2,
    burst: 1,
    usual: 3,
  },
  {
    name: 'the week before the spring DST change counts seven calendar days',
    posts: [local(2026, 3, 23, 0, 30), local(2026, 3, 29, 3, 30)],
    now: new Date(2026, 2, 29, 12),
    said: 'weekly',
    level: 'above',
    thisWeek: 2,
    burst: 1,
    usual: 1,
  },
  {
    name: 'posts either side of the autumn DST hour are 2 real hours apart',
    posts: [local(2026, 10, 25, 1, 30), local(2026, 10, 25, 2, 30), local(2026, 10, 25, 3, 30)],
    now: new Date(2026, 9, 25, 12),
    level: 'continuous',
    thisWeek: 3,
    burst: 3,
    usual: null,
  },
  {
    name: 'one post last week is too little log to read a rhythm from',
    posts: [local(2026, 11, 14), local(2026, 11, 26, 9)],
    level: 'calm',
    thisWeek: 1,
    burst: 1,
    usual: null,
  },
  {
    name: 'a post logged in the future and a broken time are ignored',
    posts: [local(2026, 11, 27), 'not a time', local(2026, 11, 26, 9)],
    level: 'calm',
    thisWeek: 1,
    burst: 1,
    usual: null,
  },
])('$name', ({ posts, said, now = NOW, level, thisWeek, burst, usual }) => {
  const pace = getPostingPace(posts, now, said ?? null)
  expect(pace.level).toBe(level)
  expect(pace.thisWeek).toBe(thisWeek)
  expect(pace.burst).toBe(burst)
  if (usual === null) expect(pace.usualPerWeek).toBeNull()
  else expect(pace.usualPerWeek).toBeCloseTo(usual, 1)
})

test('days since the last post are calendar days, across midnight', () => {
  expect(
    getPostingPace([local(2026, 11, 25, 23, 50)], new Date(2026, 10, 26, 0, 10)),
  ).toMatchObject({ daysSinceLast: 1 })
  expect(getPostingPace([], NOW).daysSinceLast).toBeNull()
})

test('the note is kind and only there when posting is becoming continuous or above the usual', () => {
  const none = describePace(getPostingPace([], NOW))
  expect(none).toEqual({ summary: 'Nothing logged yet.', note: null })

  const calm = describePace(getPostingPace([local(2026, 11, 26, 9)], NOW, 'weekly'))
  expect(calm.summary).toBe(
    '1 post in the last 7 days. You said you usually post about once a week.',
  )
  expect(calm.note).toBeNull()

  const burst = describePace(
    getPostingPace(
      [local(2026, 11, 26, 18), local(2026, 11, 26, 19), local(2026, 11, 26, 20)],
      NOW,
    ),
  )
  expect(burst.note).toMatch(/3 posts within a day/)
  expect(burst.note).not.toMatch(/should|too much|bad/i)

  const above = describePace(
    getPostingPace([local(2026, 11, 21), local(2026, 11, 25)], NOW, 'weekly'),
  )
  expect(above.note).toMatch(/a little more than your usual rhythm/i)
})
