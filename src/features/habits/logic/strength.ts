import { DONE, SKIPPED, type Timeline } from './timeline'
import { frequencyPerDay } from './targets'
import type { HabitTarget } from '@/db/types'

/**
 * How much the habit weighs on a day that counts, from its frequency per day `f`: Loop Habit
 * Tracker's published formula, `m = 0.5 ^ (√f / 13)`. Written from the formula, not from Loop's code.
 */
export function strengthMultiplier(frequency: number): number {
  return 0.5 ** (Math.sqrt(frequency) / 13)
}

/** One day's step: `score × m + value × (1 − m)`. */
export function nextStrength(score: number, value: number, multiplier: number): number {
  return score * multiplier + value * (1 - multiplier)
}

/**
 * The habit's strength (0–1) at the end of every day of the timeline.
 * - A daily habit (and a chosen-weekdays habit on its days) counts 1 for done, 0 for not done.
 * - A weekly habit counts the share of its target met over the last two weeks (Loop's window,
 *   twice the period long), asking less of days that are paused, skipped or before its start.
 * - Skipped and paused days, and days that are not one of its weekdays (unless it was done
 *   anyway), leave the strength as it was. So does today until it is done: a morning is not a miss.
 */
export function strengthSeries(timeline: Timeline, target: HabitTarget): Float64Array {
  const { logged, paused, start, today } = timeline
  const length = logged.length
  const scores = new Float64Array(length)
  const m = strengthMultiplier(frequencyPerDay(target))
  const weekly = target.kind === 'weekly'
  const windowLength = 14
  const wanted = weekly ? 2 * target.times : 1
  // Rolling counts over the window, kept in step with the day so five years stay one pass.
  let doneInWindow = 0
  let countingInWindow = 0
  let score = 0
  for (let i = 0; i < length; i++) {
    const isDone = logged[i] === DONE
    const counts = !paused[i] && logged[i] !== SKIPPED
    if (weekly) {
      if (isDone) doneInWindow++
      if (counts) countingInWindow++
      const leaving = i - windowLength
      if (leaving >= 0) {
        if (logged[leaving] === DONE) doneInWindow--
        if (!paused[leaving] && logged[leaving] !== SKIPPED) countingInWindow--
      }
    }
    const status = timeline.status[i]
    const isToday = start + i === today
    if (!counts || (isToday && !isDone)) {
      scores[i] = score
      continue
    }
    if (weekly) {
      const needed = (wanted * countingInWindow) / windowLength
      score = nextStrength(score, Math.min(1, doneInWindow / needed), m)
    } else if (status === 'rest' && !isDone) {
      // Not one of its weekdays: nothing was asked.
    } else {
      score = nextStrength(score, isDone ? 1 : 0, m)
    }
    scores[i] = score
  }
  return scores
}

export interface StrengthSummary {
  /** 0–100, rounded. */
  percent: number
  /** Percentage points against `days` ago (or the start, for a younger habit). */
  change: number
  days: number
}

/** Today's strength and its trend over the last 30 days. */
export function summariseStrength(scores: Float64Array, days = 30): StrengthSummary {
  const now = scores.at(-1) ?? 0
  const then = scores.length > days ? (scores[scores.length - 1 - days] ?? 0) : 0
  const percent = Math.round(now * 100)
  return { percent, change: percent - Math.round(then * 100), days }
}
