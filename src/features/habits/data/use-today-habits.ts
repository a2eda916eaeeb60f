import type { CalendarDay } from '@/db/types'
import { summariseToday, weekStartDay } from '../logic/today'
import { useLogsBetween } from './habit-logs'
import { useHabits } from './habits'

/**
 * Today's habits: the habits (a handful) and this week's logs only, read by the day index, never
 * the whole log. Undefined while loading.
 */
export function useTodayHabits(today: CalendarDay, weekStartsOn: number) {
  const habits = useHabits()
  const logs = useLogsBetween(weekStartDay(today, weekStartsOn), today)
  if (!habits || !logs) return undefined
  // Archived habits are put away: with only those, Today invites a new one.
  const total = habits.filter((habit) => habit.archivedAt === null).length
  return { ...summariseToday(habits, logs, today, weekStartsOn), total }
}
