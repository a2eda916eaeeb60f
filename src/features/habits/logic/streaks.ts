import { fromDayNumber } from '@/lib/day-numbers'
import type { CalendarDay } from '@/db/types'
import type { Timeline } from './timeline'

export interface Run {
  from: CalendarDay
  to: CalendarDay
  days: number
}

export interface HabitStreaks {
  /** The run that reaches today (or yesterday, while today is still open); null after a miss. */
  current: Run | null
  /** The longest run ever; the most recent one on a tie. */
  best: Run | null
  /** Every run, newest first. */
  runs: Run[]
}

/**
 * Runs of days that kept the habit going: done, skipped, paused, or resting (not one of its
 * weekdays, or covered by a weekly target). A miss ends a run; today, not done yet, neither ends
 * nor lengthens one. A run needs at least one day done: a stretch of pauses alone is not a streak.
 */
export function findStreaks(timeline: Timeline): HabitStreaks {
  const { status, start } = timeline
  const runs: Run[] = []
  let runStart = -1
  let lastCounted = -1
  let hasDone = false
  const close = () => {
    if (runStart >= 0 && hasDone && lastCounted >= runStart) {
      runs.push({
        from: fromDayNumber(start + runStart),
        to: fromDayNumber(start + lastCounted),
        days: lastCounted - runStart + 1,
      })
    }
    runStart = -1
    hasDone = false
  }
  for (let i = 0; i < status.length; i++) {
    const s = status[i]
    if (s === 'missed' || s === 'before') {
      close()
      continue
    }
    if (s === 'open') continue
    if (runStart < 0) runStart = i
    lastCounted = i
    if (s === 'done') hasDone = true
  }
  const reachesNow = runStart >= 0 && hasDone
  close()
  runs.reverse()
  let best: Run | null = null
  for (const run of runs) if (!best || run.days > best.days) best = run
  return { current: reachesNow ? (runs[0] ?? null) : null, best, runs }
}
