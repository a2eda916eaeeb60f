import Dexie from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import {
  saveEditEndingDraft,
  saveEndingDraft,
  type EditOutcome,
  type EditsVersion,
  type EndsDraft,
} from '@/db/drafts'
import type { CalendarDay, Habit, HabitColour, HabitLog, HabitPause, HabitTarget } from '@/db/types'
import { formatLongDate, parseCalendarDay, toCalendarDay } from '@/lib/dates'
import { addDaysToDay } from '@/lib/day-numbers'
import { createId } from '@/lib/ids'
import {
  assertValid,
  validateName,
  validatePause,
  validateStartDay,
  validateTarget,
} from '../logic/validate'

/** Every habit, archived ones too, oldest first (undefined while loading). A person has a handful. */
export function useHabits() {
  return useLiveQuery(() => db.habits.toArray().then(sortHabits))
}

/** One habit; null when there is no such habit (deleted), undefined while loading. */
export function useHabit(id: string) {
  return useLiveQuery(async () => (await db.habits.get(id)) ?? null, [id])
}

function sortHabits(habits: Habit[]): Habit[] {
  return habits.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

export interface HabitInput {
  name: string
  icon: string
  colour: HabitColour
  target: HabitTarget
  startDay: CalendarDay
  /** `preset:<key>` or `plan:<id>`: kept so the plan can show which commitments became habits. */
  from?: string | undefined
}

function cleanTarget(target: HabitTarget): HabitTarget {
  if (target.kind === 'weekdays')
    return { kind: 'weekdays', days: [...new Set(target.days)].sort() }
  return target
}

/**
 * Adds a habit. Names are unique among all the person's habits, archived ones included (ignoring
 * case and spaces), checked in the same transaction as the write so two tabs cannot both add one.
 */
export async function createHabit(
  input: HabitInput,
  now = new Date(),
  options: EndsDraft = {},
): Promise<Habit> {
  assertValid(validateTarget(input.target), validateStartDay(input.startDay, toCalendarDay(now)))
  const habit: Habit = {
    id: createId(),
    name: input.name.trim(),
    icon: input.icon,
    colour: input.colour,
    target: cleanTarget(input.target),
    startDay: input.startDay,
    pauses: [],
    ...(input.from ? { from: input.from } : {}),
    archivedAt: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }
  await saveEndingDraft([db.habits], options.draftId, async () => {
    assertValid(validateName(input.name, await db.habits.toArray()))
    await db.habits.add(habit)
  })
  return habit
}

/** The logs of one habit, oldest first, read by its key range. */
export function habitLogRange(habitId: string) {
  return db.habitLogs
    .where('[habitId+day]')
    .between([habitId, Dexie.minKey], [habitId, Dexie.maxKey], true, true)
}

/**
 * Changes a habit's name, look, target or start. The start cannot move past its first log: that
 * day would fall outside the habit's life. Not saved if the habit was deleted, or changed since
 * `baseUpdatedAt` (in another tab): the outcome says which.
 */
export async function updateHabit(
  id: string,
  input: HabitInput,
  now = new Date(),
  options: EditsVersion = {},
): Promise<EditOutcome<Habit>> {
  assertValid(validateTarget(input.target), validateStartDay(input.startDay, toCalendarDay(now)))
  return saveEditEndingDraft([db.habits, db.habitLogs], db.habits, id, options, async () => {
    const others = (await db.habits.toArray()).filter((other) => other.id !== id)
    assertValid(validateName(input.name, others))
    const first = await habitLogRange(id).first()
    if (first && first.day < input.startDay) {
      const date = parseCalendarDay(first.day)
      assertValid(
        `You logged this habit on ${date ? formatLongDate(date, now) : first.day}, so it can start on that day at the latest.`,
      )
    }
    await db.habits.update(id, {
      name: input.name.trim(),
      icon: input.icon,
      colour: input.colour,
      target: cleanTarget(input.target),
      startDay: input.startDay,
      updatedAt: now.toISOString(),
    })
  })
}

/** Puts a habit away: off Today and the list, its history kept. */
export async function archiveHabit(id: string, now = new Date()): Promise<void> {
  await db.habits.update(id, { archivedAt: now.toISOString(), updatedAt: now.toISOString() })
}

export async function unarchiveHabit(id: string, now = new Date()): Promise<void> {
  await db.habits.update(id, { archivedAt: null, updatedAt: now.toISOString() })
}

export interface DeletedHabit {
  habit: Habit
  logs: HabitLog[]
}

/** Deletes a habit with all its logs, in one transaction; returns both so Undo can put them back. */
export async function deleteHabit(id: string): Promise<DeletedHabit | undefined> {
  return db.transaction('rw', db.habits, db.habitLogs, async () => {
    const habit = await db.habits.get(id)
    if (!habit) return undefined
    const logs = await habitLogRange(id).toArray()
    await habitLogRange(id).delete()
    await db.habits.delete(id)
    return { habit, logs }
  })
}

/** Undo of a delete: the habit and every log exactly as they were. */
export async function restoreHabit(deleted: DeletedHabit): Promise<void> {
  await db.transaction('rw', db.habits, db.habitLogs, async () => {
    await db.habits.put(deleted.habit)
    await db.habitLogs.bulkPut(deleted.logs)
  })
}

async function changePauses(
  id: string,
  change: (habit: Habit) => HabitPause[],
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.habits, async () => {
    const habit = await db.habits.get(id)
    if (!habit) throw new Error('This habit no longer exists.')
    const pauses = change(habit).sort((a, b) => a.from.localeCompare(b.from))
    await db.habits.update(id, { pauses, updatedAt: now.toISOString() })
  })
}

/** Pauses a habit for some days (to: null runs until resumed). Its logs are untouched. */
export async function pauseHabit(id: string, pause: HabitPause, now = new Date()): Promise<void> {
  await changePauses(
    id,
    (habit) => {
      assertValid(validatePause(pause, habit.pauses, habit))
      return [...habit.pauses, { from: pause.from, to: pause.to }]
    },
    now,
  )
}

/** Takes a pause away altogether, as if it had never been set. */
export async function removePause(id: string, from: CalendarDay, now = new Date()): Promise<void> {
  await changePauses(id, (habit) => habit.pauses.filter((pause) => pause.from !== from), now)
}

/**
 * Ends the pause running today: it keeps the days already paused and stops yesterday, so today
 * counts again; a pause that had not begun before today is removed.
 */
export async function resumeHabit(id: string, now = new Date()): Promise<void> {
  const today = toCalendarDay(now)
  const yesterday = addDaysToDay(today, -1)
  await changePauses(
    id,
    (habit) =>
      habit.pauses.flatMap((pause) => {
        const running = pause.from <= today && (pause.to === null || pause.to >= today)
        if (!running) return [pause]
        return pause.from <= yesterday ? [{ from: pause.from, to: yesterday }] : []
      }),
    now,
  )
}

/** The pause that covers `day`, if any. */
export function pauseOn(habit: Pick<Habit, 'pauses'>, day: CalendarDay): HabitPause | undefined {
  return habit.pauses.find((pause) => pause.from <= day && (pause.to === null || pause.to >= day))
}

/**
 * The draft of the habit form: one habit's edit, a new habit, or a new habit made from something
 * else (`from`, e.g. an action-plan commitment), so each keeps its own words.
 */
export function habitDraftId(habit: { id: string } | null, from?: string): string {
  if (habit) return `habit:${habit.id}`
  return from ? `habit:new:${from.replace(/[^A-Za-z0-9:_-]/g, '_')}` : 'habit:new'
}
