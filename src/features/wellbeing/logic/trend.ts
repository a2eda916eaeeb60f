import type { WellbeingCheck } from '@/db/types'
import { describeSum, sumAnswers } from './check'

export interface WellbeingPoint {
  day: string
  /** 0–6 or null when skipped: low mood or little interest. */
  mood: number | null
  /** 0–6 or null when skipped: nerves or worry. */
  worry: number | null
}

/** The checks oldest first, as their two sums. */
export function wellbeingPoints(checks: readonly WellbeingCheck[]): WellbeingPoint[] {
  return checks
    .map((check) => ({ at: check.at, day: check.day, ...sumAnswers(check) }))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(({ day, mood, worry }) => ({ day, mood, worry }))
}

const words = (value: number | null) => describeSum(value).toLocaleLowerCase()

/** The trend in words that never read like a grade: "a little", "quite a lot". */
export function describeWellbeingTrend(points: readonly WellbeingPoint[]): string {
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last) return 'No checks yet'
  if (points.length === 1) {
    return `One check so far: low mood or little interest, ${words(first.mood)}; nerves or worry, ${words(first.worry)}`
  }
  return `Over ${points.length} checks, low mood or little interest went from ${words(first.mood)} to ${words(last.mood)}; nerves or worry from ${words(first.worry)} to ${words(last.worry)}`
}
