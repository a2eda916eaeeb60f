import type { CalendarDay, HabitLogStatus, Mood } from '@/db/types'
import { toDayNumber, type DayNumber } from '@/lib/day-numbers'
import { formatMood } from './mood'

/** Patterns wait for this many days with a mood: fewer would mostly show chance. */
export const DAYS_BEFORE_PATTERNS = 30
/** Each side of a comparison needs at least this many days. */
export const MIN_DAYS_EACH_SIDE = 3

/** Something the person did on some days: a habit ticked, an outing done. */
export interface Activity {
  /** Completes "On days …": "you ticked “Walk”", "with an outing". */
  phrase: string
  days: ReadonlySet<DayNumber>
  /** The first day it could have happened (a habit's start); earlier days are left out. */
  from: DayNumber
}

export interface Pattern {
  phrase: string
  withAverage: number
  withoutAverage: number
  withDays: number
  withoutDays: number
  /** "On days you ticked “Walk”, your mood averaged 3.8; on other days, 3.1." */
  sentence: string
}

/**
 * What happened on days with and without each activity, worded as what happened and never as a
 * cause; null until there are thirty days with a mood. An activity without three days on each side
 * is left out. The widest differences come first.
 */
export function findPatterns(
  moods: ReadonlyMap<DayNumber, Mood>,
  activities: readonly Activity[],
  today: DayNumber,
): Pattern[] | null {
  if (moods.size < DAYS_BEFORE_PATTERNS) return null
  const patterns: Pattern[] = []
  for (const activity of activities) {
    let withSum = 0
    let withDays = 0
    let withoutSum = 0
    let withoutDays = 0
    for (const [day, mood] of moods) {
      if (day < activity.from || day > today) continue
      if (activity.days.has(day)) {
        withSum += mood
        withDays++
      } else {
        withoutSum += mood
        withoutDays++
      }
    }
    if (withDays < MIN_DAYS_EACH_SIDE || withoutDays < MIN_DAYS_EACH_SIDE) continue
    const withAverage = withSum / withDays
    const withoutAverage = withoutSum / withoutDays
    patterns.push({
      phrase: activity.phrase,
      withAverage,
      withoutAverage,
      withDays,
      withoutDays,
      sentence: `On days ${activity.phrase}, your mood averaged ${formatMood(withAverage)}; on other days, ${formatMood(withoutAverage)}.`,
    })
  }
  return patterns.sort(
    (a, b) =>
      Math.abs(b.withAverage - b.withoutAverage) - Math.abs(a.withAverage - a.withoutAverage),
  )
}

/**
 * The activities to compare, from what the screen already read: each habit's done days (archived
 * habits too: their days still happened) and the days with an outing that happened. One pass over
 * each habit's log.
 */
export function collectActivities(
  habits: readonly { id: string; name: string; startDay: CalendarDay }[],
  logsByHabit: ReadonlyMap<string, readonly { day: CalendarDay; status: HabitLogStatus }[]>,
  doneOutings: readonly { day: CalendarDay }[],
): Activity[] {
  const activities: Activity[] = habits.map((habit) => {
    const days = new Set<DayNumber>()
    for (const log of logsByHabit.get(habit.id) ?? []) {
      if (log.status === 'done') days.add(toDayNumber(log.day))
    }
    return { phrase: `you ticked “${habit.name}”`, days, from: toDayNumber(habit.startDay) }
  })
  if (doneOutings.length > 0) {
    const days = new Set(doneOutings.map((outing) => toDayNumber(outing.day)))
    let from = Infinity
    for (const day of days) if (day < from) from = day
    activities.push({ phrase: 'with an outing', days, from })
  }
  return activities
}
