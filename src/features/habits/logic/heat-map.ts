import type { CalendarDay } from '@/db/types'
import { formatLongDate, parseCalendarDay } from '@/lib/dates'
import { fromDayNumber, startOfWeekNumber, toDayNumber } from '@/lib/day-numbers'
import { plural } from '@/lib/plural'
import { weekdaysInOrder } from './targets'
import { statusOn, type DayStatus, type Timeline } from './timeline'

export type CellStatus = DayStatus | 'future'

export interface HeatCell {
  day: CalendarDay
  status: CellStatus
  /** What a screen reader says for the cell: "Thursday 26 November: done". */
  label: string
}

export interface HeatWeek {
  start: CalendarDay
  /** The month's short name on the first week that holds its 1st; empty otherwise. */
  monthLabel: string
  /** The full month name, for the column header's accessible name. */
  monthName: string
  /** One per weekday, in the order of `HeatMap.weekdays`. */
  cells: HeatCell[]
}

export interface HeatMap {
  weekdays: number[]
  weeks: HeatWeek[]
}

export const STATUS_WORDS: Record<CellStatus, string> = {
  done: 'done',
  skipped: 'skipped',
  paused: 'paused',
  rest: 'a rest day',
  missed: 'not done',
  open: 'not done yet',
  before: 'before you started',
  future: 'still to come',
}

const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short' })
const longMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' })

/**
 * The last `weekCount` weeks as columns (oldest first) and weekdays as rows, starting on the
 * timeline's first weekday; the current week runs to its end, its later days "still to come".
 */
export function buildHeatMap(timeline: Timeline, weekCount = 20, now = new Date()): HeatMap {
  const firstWeek = startOfWeekNumber(timeline.today, timeline.weekStartsOn) - (weekCount - 1) * 7
  const weekdays = weekdaysInOrder(timeline.weekStartsOn)
  const weeks: HeatWeek[] = []
  for (let w = 0; w < weekCount; w++) {
    const weekStart = firstWeek + w * 7
    const cells: HeatCell[] = []
    let monthLabel = ''
    let monthName = ''
    for (let d = 0; d < 7; d++) {
      const number = weekStart + d
      const day = fromDayNumber(number)
      const date = parseCalendarDay(day)!
      if (day.endsWith('-01') || (w === 0 && d === 0)) {
        monthLabel = shortMonth.format(date)
        monthName = longMonth.format(date)
      }
      const status = statusOn(timeline, number)
      cells.push({ day, status, label: `${formatLongDate(date, now)}: ${STATUS_WORDS[status]}` })
    }
    weeks.push({ start: fromDayNumber(weekStart), monthLabel, monthName, cells })
  }
  return { weekdays, weeks }
}

/** "Walk: done 19 of the last 30 days", or, for a younger habit, of the days since it started. */
export function describeRecent(name: string, timeline: Timeline, days = 30): string {
  const span = Math.min(days, timeline.status.length)
  let done = 0
  for (let i = timeline.status.length - span; i < timeline.status.length; i++) {
    if (timeline.status[i] === 'done') done++
  }
  if (span === 0) return `${name}: starts ${fromDayNumber(timeline.start)}`
  if (span < days) {
    return `${name}: done ${done} of the ${plural(span, 'day')} since you started`
  }
  return `${name}: done ${done} of the last ${plural(days, 'day')}`
}

/** Done days in the week that holds `day` (for "2 of 3 this week"). */
export function doneThisWeek(timeline: Timeline, day: CalendarDay = fromDayNumber(timeline.today)) {
  const weekStart = startOfWeekNumber(toDayNumber(day), timeline.weekStartsOn)
  let done = 0
  for (let d = weekStart; d < weekStart + 7; d++) if (statusOn(timeline, d) === 'done') done++
  return done
}
