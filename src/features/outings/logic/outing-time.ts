import type { CalendarDay, Outing } from '@/db/types'
import { fromWallTime, type WallTime } from '@/lib/time-zones'

/** How long an outing with a start but no end is taken to last, for the calendar and "has it passed". */
export const DEFAULT_DURATION_MINUTES = 120

export type OutingTimes = Pick<Outing, 'day' | 'startTime' | 'endTime' | 'endsNextDay' | 'timeZone'>

/** "yyyy-MM-dd" and "HH:mm" as a wall time; null when either is not real. */
export function parseWall(day: CalendarDay, time: string | null): WallTime | null {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!date) return null
  const [year, month, dayOfMonth] = [Number(date[1]), Number(date[2]), Number(date[3])]
  const check = new Date(Date.UTC(year, month - 1, dayOfMonth))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth || year < 1000)
    return null
  if (time === null) return { year, month, day: dayOfMonth, hour: 0, minute: 0 }
  const clock = /^(\d{2}):(\d{2})$/.exec(time)
  if (!clock) return null
  const [hour, minute] = [Number(clock[1]), Number(clock[2])]
  if (hour > 23 || minute > 59) return null
  return { year, month, day: dayOfMonth, hour, minute }
}

/** The calendar day after `day` (for all-day ends and after-midnight ends). */
export function nextDay(day: CalendarDay): CalendarDay {
  const wall = parseWall(day, null)
  if (!wall) return day
  const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1))
  return next.toISOString().slice(0, 10)
}

/** When it starts: its start time, or the start of its day in its own zone. NaN if not real. */
export function getStartMs(outing: OutingTimes): number {
  const wall = parseWall(outing.day, outing.startTime)
  return wall ? fromWallTime(wall, outing.timeZone) : Number.NaN
}

/** When it ends: its end time, the start plus two hours, or the end of its day. NaN if not real. */
export function getEndMs(outing: OutingTimes): number {
  if (outing.startTime === null) {
    const wall = parseWall(nextDay(outing.day), null)
    return wall ? fromWallTime(wall, outing.timeZone) : Number.NaN
  }
  if (outing.endTime === null) return getStartMs(outing) + DEFAULT_DURATION_MINUTES * 60_000
  const wall = parseWall(outing.endsNextDay ? nextDay(outing.day) : outing.day, outing.endTime)
  return wall ? fromWallTime(wall, outing.timeZone) : Number.NaN
}

/** Minutes it really lasts: across a clock change, 22:00–02:00 can be three hours or five. */
export function getDurationMinutes(outing: OutingTimes): number {
  return Math.round((getEndMs(outing) - getStartMs(outing)) / 60_000)
}

/** Its time is over, so Today may ask how it went. */
export function hasEnded(outing: OutingTimes, now: Date): boolean {
  return getEndMs(outing) <= now.getTime()
}

/** Its time has begun: planning it now is logging something that happened. */
export function hasStarted(outing: OutingTimes, now: Date): boolean {
  return getStartMs(outing) <= now.getTime()
}
