import { expect, test } from 'vitest'
import { db } from '@/db/db'
import type { HabitInput } from './habits'
import {
  archiveHabit,
  createHabit,
  deleteHabit,
  pauseHabit,
  restoreHabit,
  resumeHabit,
  updateHabit,
} from './habits'
import { habitLogId, restoreHabitDay, setHabitDay } from './habit-logs'

const now = new Date(2026, 10, 26, 20, 0)
const walk: HabitInput = {
  name: 'A walk outside',
  icon: '🚶',
  colour: 'sage',
  target: { kind: 'daily' },
  startDay: '2026-11-20',
}

test('a habit is stored trimmed, with where it came from', async () => {
  const habit = await createHabit({ ...walk, name: '  Call Mum  ', from: 'plan:abc' }, now)
  expect(await db.habits.get(habit.id)).toMatchObject({
    name: 'Call Mum',
    from: 'plan:abc',
    pauses: [],
    archivedAt: null,
  })
})

test('names are unique ignoring case and spaces, archived habits included', async () => {
  const first = await createHabit(walk, now)
  await expect(createHabit({ ...walk, name: 'a WALK outside ' }, now)).rejects.toThrow(
    /already have a habit called “A walk outside”/,
  )
  await archiveHabit(first.id, now)
  await expect(createHabit(walk, now)).rejects.toThrow(/among your archived habits/)
  expect(await db.habits.count()).toBe(1)
})

test('two adds of the same name at once keep one habit', async () => {
  const results = await Promise.allSettled([createHabit(walk, now), createHabit(walk, now)])
  expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
  expect(await db.habits.count()).toBe(1)
})

test('bad targets and starts are refused with nothing written', async () => {
  await expect(createHabit({ ...walk, target: { kind: 'weekly', times: 0 } }, now)).rejects.toThrow(
    'Choose from 1 to 7 times a week.',
  )
  await expect(createHabit({ ...walk, target: { kind: 'weekly', times: 8 } }, now)).rejects.toThrow(
    'Choose from 1 to 7 times a week.',
  )
  await expect(createHabit({ ...walk, startDay: '2026-11-27' }, now)).rejects.toThrow(
    /not a day to come/,
  )
  expect(await db.habits.count()).toBe(0)
})

test('a double tap is one log; a second write keeps the first note and time', async () => {
  const habit = await createHabit(walk, now)
  await Promise.all([
    setHabitDay(habit.id, '2026-11-26', { status: 'done' }, now),
    setHabitDay(habit.id, '2026-11-26', { status: 'done' }, now),
  ])
  expect(await db.habitLogs.count()).toBe(1)
  await setHabitDay(habit.id, '2026-11-26', { status: 'done', note: 'By the river' }, now)
  await setHabitDay(habit.id, '2026-11-26', { status: 'done' }, new Date(2026, 10, 26, 21))
  expect(await db.habitLogs.get(habitLogId(habit.id, '2026-11-26'))).toMatchObject({
    status: 'done',
    note: 'By the river',
    createdAt: now.toISOString(),
  })
})

test('untick removes the day; undo puts it back as it was', async () => {
  const habit = await createHabit(walk, now)
  await setHabitDay(habit.id, '2026-11-25', { status: 'done', note: 'Rain' }, now)
  const before = await setHabitDay(habit.id, '2026-11-25', { status: null }, now)
  expect(await db.habitLogs.count()).toBe(0)
  await restoreHabitDay(habit.id, '2026-11-25', before)
  expect((await db.habitLogs.toArray())[0]?.note).toBe('Rain')
})

test('logs before the start, in the future, or for a missing habit are refused', async () => {
  const habit = await createHabit(walk, now)
  await expect(setHabitDay(habit.id, '2026-11-19', { status: 'done' }, now)).rejects.toThrow(
    /starts on Friday 20 November/,
  )
  await expect(setHabitDay(habit.id, '2026-11-27', { status: 'done' }, now)).rejects.toThrow(
    /hasn’t come yet/,
  )
  await expect(setHabitDay('gone', '2026-11-26', { status: 'done' }, now)).rejects.toThrow(
    'This habit no longer exists.',
  )
  await expect(
    setHabitDay(habit.id, '2026-11-26', { status: null, note: 'orphan' }, now),
  ).rejects.toThrow(/A note belongs to a day/)
  expect(await db.habitLogs.count()).toBe(0)
})

test('the start cannot move past the first log', async () => {
  const habit = await createHabit(walk, now)
  await setHabitDay(habit.id, '2026-11-21', { status: 'done' }, now)
  await expect(updateHabit(habit.id, { ...walk, startDay: '2026-11-22' }, now)).rejects.toThrow(
    /logged this habit on Saturday 21 November/,
  )
  await updateHabit(habit.id, { ...walk, name: 'Walk', startDay: '2026-11-01' }, now)
  expect(await db.habits.get(habit.id)).toMatchObject({ name: 'Walk', startDay: '2026-11-01' })
})

test('delete takes the logs too; restore brings both back exactly', async () => {
  const habit = await createHabit(walk, now)
  const other = await createHabit({ ...walk, name: 'Sleep' }, now)
  await setHabitDay(habit.id, '2026-11-25', { status: 'done' }, now)
  await setHabitDay(habit.id, '2026-11-26', { status: 'skipped', note: 'Ill' }, now)
  await setHabitDay(other.id, '2026-11-26', { status: 'done' }, now)
  const rows = await db.habitLogs.toArray()

  const deleted = await deleteHabit(habit.id)
  expect(deleted?.logs).toHaveLength(2)
  expect(await db.habits.count()).toBe(1)
  expect(await db.habitLogs.count()).toBe(1)

  await restoreHabit(deleted!)
  expect(await db.habits.get(habit.id)).toEqual(habit)
  expect(await db.habitLogs.toArray()).toEqual(expect.arrayContaining(rows))
})

test('pauses: a bad range is refused; resume keeps the days already paused', async () => {
  const habit = await createHabit(walk, now)
  await expect(pauseHabit(habit.id, { from: '2026-11-25', to: '2026-11-23' }, now)).rejects.toThrow(
    /ends before it starts/,
  )
  await pauseHabit(habit.id, { from: '2026-11-24', to: null }, now)
  await expect(pauseHabit(habit.id, { from: '2026-11-26', to: '2026-11-27' }, now)).rejects.toThrow(
    /overlaps/,
  )
  await resumeHabit(habit.id, now)
  expect((await db.habits.get(habit.id))?.pauses).toEqual([
    { from: '2026-11-24', to: '2026-11-25' },
  ])

  await pauseHabit(habit.id, { from: '2026-11-26', to: '2026-12-03' }, now)
  await resumeHabit(habit.id, now)
  expect((await db.habits.get(habit.id))?.pauses).toEqual([
    { from: '2026-11-24', to: '2026-11-25' },
  ])
})
