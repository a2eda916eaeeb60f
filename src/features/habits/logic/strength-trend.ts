import { fromDayNumber } from '@/lib/day-numbers'
import type { Timeline } from './timeline'

export interface StrengthTrend {
  /** The first day drawn, `yyyy-MM-dd`. */
  from: string
  /** Strength in percent (0–100, rounded), one per day from `from` to today. */
  percents: number[]
}

/** The last `days` days of a strength series (fewer for a younger habit), in whole percent. */
export function strengthTrend(timeline: Timeline, scores: Float64Array, days = 90): StrengthTrend {
  const length = Math.min(days, scores.length)
  const first = scores.length - length
  const percents = Array.from({ length }, (_, i) => Math.round(scores[first + i]! * 100))
  return { from: fromDayNumber(timeline.start + first), percents }
}

/** "Walk: strength rose from 40% to 62% over the last 90 days". */
export function describeStrengthTrend(name: string, trend: StrengthTrend): string {
  const span = trend.percents.length
  if (span === 0) return `${name}: starts ${trend.from}`
  const from = trend.percents[0]!
  const to = trend.percents.at(-1)!
  const over = span === 1 ? 'today, its first day' : `over the last ${span} days`
  if (span === 1 || from === to) return `${name}: strength held at ${to}% ${over}`
  return `${name}: strength ${to > from ? 'rose' : 'went'} from ${from}% to ${to}% ${over}`
}
