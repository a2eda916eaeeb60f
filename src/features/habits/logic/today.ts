import type { CalendarDay, Habit, HabitLog } from '@/db/types'
import { startOfWeekNumber, toDayNumber, weekdayOf, fromDayNumber } from '@/lib/day-numbers'
import { isPlannedOn } from './targets'

export interface TodayHabit {
  habit: Habit
  /** Today's log, if there is one. */
  log: HabitLog | undefined
  /** Done days this week so far (the locale's week), today included. */
  doneThisWeek: number
  /** False on a chosen-weekdays habit's day off (it can still be ticked). */
  planned: boolean
}

/** The first day of the week that holds `today`: the range of logs Today needs. */
export function weekStartDay(today: CalendarDay, weekStartsOn: number): CalendarDay {
  return fromDayNumber(startOfWeekNumber(toDayNumber(today), weekStartsOn))
}

/**
 * What Today shows: the habits in use (not archived, started, not paused today), each with today's
 * log and this week's count, and how many are paused. `weekLogs` are every habit's logs this week.
 */
export function summariseToday(
  habits: readonly Habit[],
  weekLogs: readonly HabitLog[],
  today: CalendarDay,
  weekStartsOn: number,
): { habits: TodayHabit[]; pausedCount: number } {
  const weekStart = weekStartDay(today, weekStartsOn)
  const weekday = weekdayOf(toDayNumber(today))
  const shown: TodayHabit[] = []
  let pausedCount = 0
  for (const habit of habits) {
    if (habit.archivedAt !== null || habit.startDay > today) continue
    const paused = habit.pauses.some(
      (pause) => pause.from <= today && (pause.to === null || pause.to >= today),
    )
    if (paused) {
      pausedCount++
      continue
    }
    const own = weekLogs.filter((log) => log.habitId === habit.id)
    shown.push({
      habit,
      log: own.find((log) => log.day === today),
      doneThisWeek: own.filter(
        (log) => log.status === 'done' && log.day >= weekStart && log.day <= today,
      ).length,
      planned: isPlannedOn(habit.target, weekday),
    })
  }
  return { habits: shown, pausedCount }
}
