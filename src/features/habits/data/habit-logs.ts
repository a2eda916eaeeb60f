import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { readWithoutWords } from '@/db/without-words'
import type { CalendarDay, HabitLog, HabitLogStatus } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'
import type { LogShape } from '../logic/timeline'
import { HabitInputError, assertValid, validateLogDay, validateNote } from '../logic/validate'
import { habitLogRange } from './habits'

/** The key of a habit's day: one log per habit and day, however often it is written. */
export function habitLogId(habitId: string, day: CalendarDay): string {
  return `${habitId}:${day}`
}

/** Every habit's logs between two days (inclusive), by the day index: Today reads just this week. */
export function useLogsBetween(from: CalendarDay, to: CalendarDay) {
  return useLiveQuery(
    () => db.habitLogs.where('day').between(from, to, true, true).toArray(),
    [from, to],
  )
}

/** Every habit's log, grouped by habit: Progress reads it once for the charts and the patterns. */
export function useLogsByHabit(): Map<string, LogShape[]> | undefined {
  return useLiveQuery(async () => {
    // One getAll, not a cursor: a cursor is a round trip per row, and years of logs are thousands.
    // Without the words: under the lock, no note is decrypted just to draw the days.
    const logs: Pick<HabitLog, 'habitId' | 'day' | 'status'>[] = await readWithoutWords(
      [db.habitLogs],
      () => db.habitLogs.toArray(),
    )
    const byHabit = new Map<string, LogShape[]>()
    for (const log of logs) {
      let list = byHabit.get(log.habitId)
      if (!list) byHabit.set(log.habitId, (list = []))
      list.push({ day: log.day, status: log.status })
    }
    return byHabit
  })
}

/** One habit's whole history, oldest first, by its key range. */
export function useHabitLogs(habitId: string) {
  return useLiveQuery(() => habitLogRange(habitId).toArray(), [habitId])
}

export interface DayLogInput {
  /** null: not done (the log, and its note, go). */
  status: HabitLogStatus | null
  /** Left as it is when undefined. */
  note?: string | undefined
}

/**
 * Sets what happened on one day of one habit. Idempotent: writing the same day twice (a double
 * tap, two tabs) leaves one log, keyed `<habitId>:<day>`. Refuses days before the habit's start
 * and days to come. Returns the log as it was before, so a change can be undone.
 */
export async function setHabitDay(
  habitId: string,
  day: CalendarDay,
  input: DayLogInput,
  now = new Date(),
): Promise<HabitLog | undefined> {
  if (input.note !== undefined) assertValid(validateNote(input.note))
  const id = habitLogId(habitId, day)
  return db.transaction('rw', db.habits, db.habitLogs, async () => {
    const habit = await db.habits.get(habitId)
    if (!habit) throw new Error('This habit no longer exists.')
    assertValid(validateLogDay(day, habit, toCalendarDay(now)))
    const before = await db.habitLogs.get(id)
    if (input.status === null) {
      if (input.note?.trim()) {
        throw new HabitInputError(
          'A note belongs to a day that is done or skipped. Choose one, or clear the note.',
        )
      }
      await db.habitLogs.delete(id)
      return before
    }
    await db.habitLogs.put({
      id,
      habitId,
      day,
      status: input.status,
      note: input.note ?? before?.note ?? '',
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    })
    return before
  })
}

/** Puts a day back exactly as it was (undo): the old log, or no log at all. */
export async function restoreHabitDay(
  habitId: string,
  day: CalendarDay,
  before: HabitLog | undefined,
): Promise<void> {
  if (before) await db.habitLogs.put(before)
  else await db.habitLogs.delete(habitLogId(habitId, day))
}
