import { useMemo } from 'react'
import type { CalendarDay, Habit, HabitLog } from '@/db/types'
import { buildTimeline } from '../logic/timeline'
import { strengthSeries, summariseStrength } from '../logic/strength'
import { findStreaks } from '../logic/streaks'

/** Strength, streaks and the timeline of one habit, worked out once per change of its logs. */
export function useHabitProgress(
  habit: Habit | null | undefined,
  logs: HabitLog[] | undefined,
  today: CalendarDay,
  weekStartsOn: number,
) {
  return useMemo(() => {
    if (!habit || !logs) return undefined
    const timeline = buildTimeline(habit, logs, today, weekStartsOn)
    return {
      timeline,
      strength: summariseStrength(strengthSeries(timeline, habit.target)),
      streaks: findStreaks(timeline),
    }
  }, [habit, logs, today, weekStartsOn])
}
