import { plural } from '@/lib/plural'
import type { HabitStreaks } from './streaks'
import type { StrengthSummary } from './strength'

/**
 * The streak in words. A miss never shows a bare 0: without a current run, the best one is what
 * stays, and today is a fresh start.
 */
export function describeStreak(streaks: HabitStreaks): { value: string; hint: string } {
  const { current, best } = streaks
  if (current) {
    const isBest = best !== null && best.from === current.from && current.days > 1
    return {
      value: current.days === 1 ? 'Day 1' : `${plural(current.days, 'day')} in a row`,
      hint: isBest
        ? 'Your longest run so far.'
        : best
          ? `Your best: ${plural(best.days, 'day')}.`
          : '',
    }
  }
  if (best) {
    return {
      value: 'A fresh start',
      hint: `Your best run: ${plural(best.days, 'day')}. It stays yours.`,
    }
  }
  return { value: 'Just begun', hint: 'Tick it the first time you do it.' }
}

/** "Up 8 points in 30 days", "Down 3 points in 30 days", "Steady over 30 days". */
export function describeTrend(summary: StrengthSummary): string {
  const days = plural(summary.days, 'day')
  if (summary.change > 0) return `Up ${plural(summary.change, 'point')} in ${days}`
  if (summary.change < 0) return `Down ${plural(-summary.change, 'point')} in ${days}`
  return `Steady over ${days}`
}
