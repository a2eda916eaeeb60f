import { expect, test } from 'vitest'
import type { HabitPause, HabitTarget } from '@/db/types'
import { addDaysToDay } from '@/lib/day-numbers'
import { findStreaks } from './streaks'
import { buildTimeline } from './timeline'

function streaks(
  target: HabitTarget,
  startDay: string,
  pattern: string,
  pauses: HabitPause[] = [],
) {
  const logs = [...pattern].flatMap((char, i) =>
    char === 'x' || char === 's'
      ? [
          {
            day: addDaysToDay(startDay, i),
            status: char === 'x' ? ('done' as const) : ('skipped' as const),
          },
        ]
      : [],
  )
  const today = addDaysToDay(startDay, pattern.length - 1)
  return findStreaks(buildTimeline({ target, startDay, pauses }, logs, today, 1))
}

const daily: HabitTarget = { kind: 'daily' }

test('runs are kept, newest first; the current one reaches yesterday while today is open', () => {
  const result = streaks(daily, '2026-11-17', 'xxx.xx' + '.' + 'xx' + '.')
  expect(result.runs).toEqual([
    { from: '2026-11-24', to: '2026-11-25', days: 2 },
    { from: '2026-11-21', to: '2026-11-22', days: 2 },
    { from: '2026-11-17', to: '2026-11-19', days: 3 },
  ])
  expect(result.current).toEqual(result.runs[0])
  expect(result.best).toEqual({ from: '2026-11-17', to: '2026-11-19', days: 3 })
})

test('today done lengthens the run', () => {
  expect(streaks(daily, '2026-11-24', 'xxx').current?.days).toBe(3)
})

test('after a miss there is no current run, and the best one is still there', () => {
  const result = streaks(daily, '2026-11-20', 'xxxx.' + '.')
  expect(result.current).toBeNull()
  expect(result.best?.days).toBe(4)
})

test('a new habit has no runs yet', () => {
  expect(streaks(daily, '2026-11-26', '.')).toEqual({ current: null, best: null, runs: [] })
})

test('a three-times-a-week habit is not broken by its rest days', () => {
  // Two met weeks (Mon 16 – Sun 29) and today, Monday 30, still open.
  const result = streaks({ kind: 'weekly', times: 3 }, '2026-11-16', 'x.x.x..' + '.x.x.x.' + '.')
  expect(result.current).toEqual({ from: '2026-11-16', to: '2026-11-29', days: 14 })
})

test('a week that fell short ends the run at its first empty day', () => {
  const result = streaks({ kind: 'weekly', times: 3 }, '2026-11-16', 'x.x.x..' + 'x......' + 'x')
  expect(result.runs.map((run) => run.days)).toEqual([1, 8])
  expect(result.current?.from).toBe('2026-11-30')
})

test('paused and skipped days keep a streak and count in it', () => {
  const result = streaks(daily, '2026-11-18', 'xx...sx' + 'x', [
    { from: '2026-11-20', to: '2026-11-22' },
  ])
  expect(result.current).toEqual({ from: '2026-11-18', to: '2026-11-25', days: 8 })
})

test('pauses alone are not a streak', () => {
  const result = streaks(daily, '2026-11-20', 'x.' + '...', [{ from: '2026-11-22', to: null }])
  expect(result.runs).toEqual([{ from: '2026-11-20', to: '2026-11-20', days: 1 }])
  expect(result.current).toBeNull()
})

test('a deleted log splits a run in two', () => {
  const full = streaks(daily, '2026-11-20', 'xxxxxxx')
  const deleted = streaks(daily, '2026-11-20', 'xxx.xxx')
  expect(full.runs.map((run) => run.days)).toEqual([7])
  expect(deleted.runs.map((run) => run.days)).toEqual([3, 3])
  expect(deleted.best?.from).toBe('2026-11-24')
})
