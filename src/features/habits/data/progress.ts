import { db } from '@/db/db'

/** Step 3 on the journey map: how many habits are active (not put away), by count. */
export function countActiveHabits(): Promise<number> {
  return db.habits.filter((habit) => habit.archivedAt === null).count()
}
