import type { CalendarDay, HabitLogStatus, HabitPause, HabitTarget } from '@/db/types'
import { startOfWeekNumber, toDayNumber, weekdayOf, type DayNumber } from '@/lib/day-numbers'
import { isPlannedOn } from './targets'

/**
 * What a day was for a habit:
 * - `done`, `skipped` (chosen, on purpose) and `paused` come from the person;
 * - `rest`: nothing was needed: not one of its weekdays, or its weekly target is met (or can still
 *   be met this week) without that day;
 * - `missed`: it was needed and did not happen; `open`: today, not done yet (never a miss);
 * - `before`: before the habit's start day.
 */
export type DayStatus = 'done' | 'skipped' | 'paused' | 'rest' | 'missed' | 'open' | 'before'

export interface HabitShape {
  target: HabitTarget
  startDay: CalendarDay
  pauses: readonly HabitPause[]
}

export interface LogShape {
  day: CalendarDay
  status: HabitLogStatus
}

export const NONE = 0
export const DONE = 1
export const SKIPPED = 2

/** A habit's days from its start to today, worked out once and shared by strength, streaks and the map. */
export interface Timeline {
  start: DayNumber
  today: DayNumber
  /** Per day from `start`: NONE, DONE or SKIPPED. */
  logged: Uint8Array
  /** Per day from `start`: 1 when paused. */
  paused: Uint8Array
  status: DayStatus[]
  weekStartsOn: number
}

/**
 * Lays out a habit's history. Logs before the start or after today are ignored (the data layer
 * refuses them; a clock moved back can still leave some). When the start is after today (the
 * clock moved back), the timeline is empty.
 * Weekly targets are counted in calendar weeks starting on `weekStartsOn`. A week that is only
 * partly the habit's (it started mid-week, or paused or skipped days) asks for its share:
 * `ceil(times × available days / 7)`.
 */
export function buildTimeline(
  habit: HabitShape,
  logs: readonly LogShape[],
  today: CalendarDay,
  weekStartsOn: number,
): Timeline {
  const start = toDayNumber(habit.startDay)
  const end = toDayNumber(today)
  const length = Math.max(0, end - start + 1)
  const logged = new Uint8Array(length)
  const paused = new Uint8Array(length)
  for (const log of logs) {
    const index = toDayNumber(log.day) - start
    if (index >= 0 && index < length) logged[index] = log.status === 'done' ? DONE : SKIPPED
  }
  for (const pause of habit.pauses) {
    const from = Math.max(0, toDayNumber(pause.from) - start)
    const to = Math.min(length - 1, (pause.to === null ? end : toDayNumber(pause.to)) - start)
    for (let i = from; i <= to; i++) paused[i] = 1
  }

  const status: DayStatus[] = new Array<DayStatus>(length)
  for (let i = 0; i < length; i++) {
    if (logged[i] === DONE) status[i] = 'done'
    else if (logged[i] === SKIPPED) status[i] = 'skipped'
    else if (paused[i]) status[i] = 'paused'
    else if (!isPlannedOn(habit.target, weekdayOf(start + i))) status[i] = 'rest'
    else if (start + i === end) status[i] = 'open'
    else status[i] = 'missed'
  }
  const target = habit.target
  if (target.kind === 'weekly' && length > 0) {
    markWeeks(status, start, end, target.times, weekStartsOn, habit.pauses)
  }
  return { start, today: end, logged, paused, status, weekStartsOn }
}

function markWeeks(
  status: DayStatus[],
  start: DayNumber,
  end: DayNumber,
  times: number,
  weekStartsOn: number,
  pauses: readonly HabitPause[],
) {
  for (let weekStart = startOfWeekNumber(start, weekStartsOn); weekStart <= end; weekStart += 7) {
    let available = 0
    let done = 0
    let stillPossible = 0
    for (let day = weekStart; day < weekStart + 7; day++) {
      if (day < start) continue
      if (day > end) {
        // Days still to come this week: available unless a pause is already planned for them.
        if (!isPausedOn(pauses, day)) {
          available++
          stillPossible++
        }
        continue
      }
      const s = status[day - start]
      if (s === 'paused' || s === 'skipped') continue
      available++
      if (s === 'done') done++
      else if (day === end) stillPossible++
    }
    const needed = Math.ceil((times * available) / 7)
    const covered = done + stillPossible >= needed
    for (let day = Math.max(weekStart, start); day < weekStart + 7 && day <= end; day++) {
      const i = day - start
      if (status[i] !== 'missed' && status[i] !== 'open') continue
      if (done >= needed) status[i] = 'rest'
      else if (day === end) status[i] = 'open'
      else status[i] = covered ? 'rest' : 'missed'
    }
  }
}

function isPausedOn(pauses: readonly HabitPause[], day: DayNumber): boolean {
  return pauses.some(
    (pause) =>
      toDayNumber(pause.from) <= day && (pause.to === null || day <= toDayNumber(pause.to)),
  )
}

/** The status of any day, including those outside the timeline. */
export function statusOn(timeline: Timeline, day: DayNumber): DayStatus | 'future' {
  if (day > timeline.today) return 'future'
  if (day < timeline.start) return 'before'
  return timeline.status[day - timeline.start] ?? 'before'
}
