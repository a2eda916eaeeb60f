import type { UrgeLog } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'
import { fromDayNumber, startOfWeekNumber, toDayNumber } from '@/lib/day-numbers'
import { plural } from '@/lib/plural'
import { MILESTONES, type CountHistory } from './streaks'

/** The milestones the longest count has reached, smallest first. */
export function milestonesReached(history: Pick<CountHistory, 'longestDays'>): number[] {
  return MILESTONES.filter((milestone) => milestone <= history.longestDays)
}

/** The count history's takeaway in one sentence, in days; a restart is never called a failure. */
export function describeCountHistory(history: CountHistory): string {
  const current = history.attempts.at(-1)
  const running = current !== undefined && current.end === null
  const counts = plural(history.attempts.length, 'count')
  if (!current) return 'No counts yet'
  if (!running)
    return `Your longest count was ${plural(history.longestDays, 'day')}, over ${counts}`
  if (history.attempts.length === 1)
    return `Your count is at ${plural(current.days, 'day')} and growing`
  if (current.days >= history.longestDays) {
    return `Your current count, ${plural(current.days, 'day')}, is your longest yet, over ${counts}`
  }
  return `Your current count is ${plural(current.days, 'day')}; your longest was ${plural(history.longestDays, 'day')}`
}

export interface UrgeWeek {
  /** The Monday that starts the week, `yyyy-MM-dd`. */
  start: string
  count: number
}

/**
 * Urges per week (Monday to Sunday, by local day) for the `weeks` weeks ending with the one that
 * holds `now`, oldest first: one pass over the log.
 */
export function countUrgesByWeek(
  urges: readonly Pick<UrgeLog, 'at'>[],
  now: Date,
  weeks = 12,
): UrgeWeek[] {
  const lastWeek = startOfWeekNumber(toDayNumber(toCalendarDay(now)), 1)
  const firstWeek = lastWeek - (weeks - 1) * 7
  const counts = new Array<number>(weeks).fill(0)
  for (const urge of urges) {
    const at = new Date(urge.at)
    if (Number.isNaN(at.getTime())) continue
    const week = startOfWeekNumber(toDayNumber(toCalendarDay(at)), 1)
    const index = (week - firstWeek) / 7
    if (index >= 0 && index < weeks) counts[index]!++
  }
  return counts.map((count, index) => ({ start: fromDayNumber(firstWeek + index * 7), count }))
}

/** "3 urges this week; 9 in your busiest of the last 12 weeks". */
export function describeUrgeWeeks(weeks: readonly UrgeWeek[]): string {
  const total = weeks.reduce((sum, week) => sum + week.count, 0)
  if (total === 0) return `No urges noted in the last ${weeks.length} weeks`
  const thisWeek = weeks.at(-1)?.count ?? 0
  const busiest = Math.max(...weeks.map((week) => week.count))
  return `${plural(thisWeek, 'urge')} noted this week; ${busiest} in the busiest of the last ${weeks.length} weeks`
}
