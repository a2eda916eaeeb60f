import type { CalendarDay, Mood } from '@/db/types'

/** Enough days on each side before a comparison says anything at all. */
export const MIN_DAYS_EACH = 3

export interface DayMood {
  day: CalendarDay
  mood: Mood
}

export interface MoodPattern {
  outingDays: number
  otherDays: number
  /** Average mood (1–5) on days with a done outing, and on the other days with a check-in mood. */
  outingAverage: number
  otherAverage: number
}

/**
 * Mood on days with an outing that happened, against the other days with a mood: null until there
 * are at least three of each. Days with several moods count once, by their average.
 */
export function compareMoodOnOutingDays(
  outingDays: ReadonlySet<CalendarDay>,
  moods: readonly DayMood[],
): MoodPattern | null {
  const byDay = new Map<CalendarDay, number[]>()
  for (const { day, mood } of moods) byDay.set(day, [...(byDay.get(day) ?? []), mood])
  const outing: number[] = []
  const other: number[] = []
  for (const [day, values] of byDay) {
    const average = values.reduce((sum, value) => sum + value, 0) / values.length
    ;(outingDays.has(day) ? outing : other).push(average)
  }
  if (outing.length < MIN_DAYS_EACH || other.length < MIN_DAYS_EACH) return null
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  return {
    outingDays: outing.length,
    otherDays: other.length,
    outingAverage: mean(outing),
    otherAverage: mean(other),
  }
}

const dayWord = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`

/**
 * The pattern in plain words, as what happened, never as a cause: an outing does not "make" a
 * better day, and a low day is nobody's failure.
 */
export function describeMoodPattern(pattern: MoodPattern): string {
  const outing = pattern.outingAverage.toFixed(1)
  const other = pattern.otherAverage.toFixed(1)
  const gap = pattern.outingAverage - pattern.otherAverage
  const summary =
    Math.abs(gap) < 0.25
      ? 'Your mood was about the same on both kinds of day.'
      : gap > 0
        ? 'On the days you went out, your mood was higher, on average.'
        : 'On the days you went out, your mood was lower, on average.'
  return `${summary} Outing days: ${outing} out of 5 over ${dayWord(pattern.outingDays)}. Other days: ${other} out of 5 over ${dayWord(pattern.otherDays)}.`
}
