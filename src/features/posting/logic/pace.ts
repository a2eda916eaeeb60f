import { differenceInCalendarDays } from 'date-fns'
import type { Instant, PostingRhythm } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'

/** Posts a week, for each rhythm the person can say they usually had. */
export const RHYTHM_PER_WEEK: Record<PostingRhythm, number> = {
  rarely: 0.1,
  monthly: 0.25,
  weekly: 1,
  'few-weekly': 3,
  daily: 7,
}

/** The span a pace is read over, in calendar days: today and the six days before. */
export const PACE_DAYS = 7
/** How far back the log is read for the person's own rhythm, when they have not said it. */
export const HISTORY_DAYS = 8 * 7
/** Posts within this many hours of each other are one burst, across midnight or not. */
const BURST_HOURS = 24
/** This many posts in one burst is posting continuously, whatever the usual rhythm. */
const BURST_POSTS = 3

export type PaceLevel = 'none' | 'calm' | 'above' | 'continuous'

export interface Pace {
  level: PaceLevel
  /** Posts on today and the six days before. */
  thisWeek: number
  /** The most posts within any 24 hours of the last week. */
  burst: number
  /** Posts a week the person usually made; null when neither said nor readable from the log. */
  usualPerWeek: number | null
  usualFrom: 'said' | 'log' | null
  /** Calendar days since the latest post; null with no posts. */
  daysSinceLast: number | null
}

/**
 * The local day `count` days before `now`'s. Plain Date arithmetic (local midnight, so DST nights
 * are whole days) rather than a helper module that would be one more chunk on the first load.
 */
export function daysBefore(now: Date, count: number): string {
  return toCalendarDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - count))
}

/** The largest number of instants (sorted ascending, in ms) that fit within `hours` of each other. */
function largestBurst(times: readonly number[], hours: number): number {
  let best = 0
  let start = 0
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= hours * 3_600_000) start++
    best = Math.max(best, end - start + 1)
  }
  return best
}

/**
 * The person's posting pace against their own usual rhythm. The week is calendar days (so a post
 * at 23:50 belongs to its own day on a DST night too); a burst is measured in real hours, so two
 * posts either side of midnight are still twenty minutes apart. The usual rhythm is what the
 * person said, or else what the log shows for the weeks before this one (once it spans two weeks).
 *
 * `posts` are the instants of posts from at least HISTORY_DAYS + PACE_DAYS days back; any order.
 */
export function getPostingPace(
  posts: readonly Instant[],
  now: Date,
  said: PostingRhythm | null = null,
): Pace {
  const times = posts
    .map((at) => Date.parse(at))
    .filter((time) => Number.isFinite(time) && time <= now.getTime())
    .sort((a, b) => a - b)
  const weekStart = daysBefore(now, PACE_DAYS - 1)
  const inWeek = times.filter((time) => toCalendarDay(new Date(time)) >= weekStart)
  const before = times.filter((time) => toCalendarDay(new Date(time)) < weekStart)
  const thisWeek = inWeek.length
  const burst = largestBurst(inWeek, BURST_HOURS)
  const last = times.at(-1)
  const daysSinceLast = last === undefined ? null : differenceInCalendarDays(now, new Date(last))

  let usualPerWeek: number | null = null
  let usualFrom: Pace['usualFrom'] = null
  if (said) {
    usualPerWeek = RHYTHM_PER_WEEK[said]
    usualFrom = 'said'
  } else {
    const historyStart = daysBefore(now, PACE_DAYS - 1 + HISTORY_DAYS)
    const history = before.filter((time) => toCalendarDay(new Date(time)) >= historyStart)
    const first = history[0]
    if (first !== undefined) {
      const spanDays = differenceInCalendarDays(now, new Date(first)) + 1 - PACE_DAYS
      if (spanDays >= 14) {
        usualPerWeek = (history.length / spanDays) * 7
        usualFrom = 'log'
      }
    }
  }

  let level: PaceLevel = 'calm'
  if (times.length === 0) level = 'none'
  else if (burst >= BURST_POSTS || thisWeek >= Math.max(5, 2 * (usualPerWeek ?? 0) + 1)) {
    level = 'continuous'
  } else if (usualPerWeek !== null && thisWeek >= 2 && thisWeek > usualPerWeek * 1.5) {
    level = 'above'
  }
  return { level, thisWeek, burst, usualPerWeek, usualFrom, daysSinceLast }
}

function roundedRate(perWeek: number): string {
  if (perWeek >= 6.5) return 'about daily'
  if (perWeek >= 1.5) return `about ${Math.round(perWeek)} times a week`
  if (perWeek >= 0.75) return 'about once a week'
  if (perWeek >= 0.2) return 'a few times a month'
  return 'rarely'
}

/** The pace in a sentence, and a kind note when posting is becoming continuous. Never a score. */
export function describePace(pace: Pace): { summary: string; note: string | null } {
  const usual =
    pace.usualPerWeek === null
      ? ''
      : ` ${pace.usualFrom === 'said' ? 'You said you usually post' : 'Your log shows you usually post'} ${roundedRate(pace.usualPerWeek)}.`
  const week =
    pace.thisWeek === 0
      ? 'No posts logged in the last 7 days.'
      : pace.thisWeek === 1
        ? '1 post in the last 7 days.'
        : `${pace.thisWeek} posts in the last 7 days.`
  const summary = pace.level === 'none' ? 'Nothing logged yet.' : `${week}${usual}`
  switch (pace.level) {
    case 'continuous':
      return {
        summary,
        note:
          pace.burst >= 3
            ? `That’s ${pace.burst} posts within a day. It may be a good moment to put the phone down for a while: one post says more than many, and the day you’re living counts even when no one sees it.`
            : 'That’s a lot of posting lately. One post says more than many; it may help to take a few days off and see how it feels.',
      }
    case 'above':
      return {
        summary,
        note: 'A little more than your usual rhythm. Nothing wrong with that; just notice whether it still feels like it’s for you.',
      }
    default:
      return { summary, note: null }
  }
}
