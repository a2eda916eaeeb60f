import { expect, test } from 'vitest'
import type { Habit, HabitLog } from '@/db/types'
import { summariseToday, weekStartDay } from './today'

function habit(id: string, changes: Partial<Habit> = {}): Habit {
  return {
    id,
    name: id,
    icon: '✨',
    colour: 'sage',
    target: { kind: 'daily' },
    startDay: '2026-11-01',
    pauses: [],
    archivedAt: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...changes,
  }
}

function log(habitId: string, day: string, status: HabitLog['status'] = 'done'): HabitLog {
  const at = `${day}T09:00:00.000Z`
  return { id: `${habitId}:${day}`, habitId, day, status, note: '', createdAt: at, updatedAt: at }
}

test('Today shows habits in use with today’s log and this week’s count, and counts the paused', () => {
  const habits = [
    habit('walk'),
    habit('gym', { target: { kind: 'weekly', times: 3 } }),
    habit('piano', { target: { kind: 'weekdays', days: [1, 3] } }),
    habit('old', { archivedAt: '2026-11-10T09:00:00.000Z' }),
    habit('later', { startDay: '2026-11-27' }),
    habit('away', { pauses: [{ from: '2026-11-25', to: null }] }),
  ]
  const logs = [
    log('gym', '2026-11-23'),
    log('gym', '2026-11-24'),
    log('gym', '2026-11-25', 'skipped'),
    log('walk', '2026-11-26'),
  ]
  const summary = summariseToday(habits, logs, '2026-11-26', 1)
  expect(summary.pausedCount).toBe(1)
  expect(
    summary.habits.map((item) => [
      item.habit.id,
      item.log?.status,
      item.doneThisWeek,
      item.planned,
    ]),
  ).toEqual([
    ['walk', 'done', 1, true],
    ['gym', undefined, 2, true],
    ['piano', undefined, 0, false],
  ])
})

test('the week Today counts starts on the locale’s first weekday', () => {
  expect(weekStartDay('2026-11-26', 1)).toBe('2026-11-23')
  expect(weekStartDay('2026-11-26', 0)).toBe('2026-11-22')
  expect(weekStartDay('2026-11-01', 1)).toBe('2026-10-26')
})
