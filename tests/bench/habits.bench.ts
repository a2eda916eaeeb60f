import { bench, describe } from 'vitest'
import type { HabitLog, HabitTarget } from '@/db/types'
import { addDaysToDay } from '@/lib/day-numbers'
import { buildHeatMap, describeRecent } from '@/features/habits/logic/heat-map'
import { strengthSeries } from '@/features/habits/logic/strength'
import { findStreaks } from '@/features/habits/logic/streaks'
import { buildTimeline } from '@/features/habits/logic/timeline'

// Five years of one habit: done on about two days in three, a skip now and then, three pauses.
const startDay = '2021-11-27'
const today = '2026-11-26'
const logs: HabitLog[] = Array.from({ length: 1826 }, (_, i) => i)
  .filter((i) => i % 3 !== 2)
  .map((i) => {
    const day = addDaysToDay(startDay, i)
    const at = `${day}T19:00:00.000Z`
    const status = i % 29 === 0 ? 'skipped' : 'done'
    return { id: `h:${day}`, habitId: 'h', day, status, note: '', createdAt: at, updatedAt: at }
  })
const pauses = [
  { from: '2022-07-01', to: '2022-07-14' },
  { from: '2024-01-02', to: '2024-01-20' },
  { from: '2026-08-01', to: '2026-08-10' },
]

for (const [label, target] of [
  ['daily', { kind: 'daily' }],
  ['3 times a week', { kind: 'weekly', times: 3 }],
  ['Mon, Wed, Fri', { kind: 'weekdays', days: [1, 3, 5] }],
] as [string, HabitTarget][]) {
  describe(`a ${label} habit with five years of logs (${logs.length})`, () => {
    const habit = { target, startDay, pauses }
    bench('timeline + strength + streaks + heat map (the habit screen)', () => {
      const timeline = buildTimeline(habit, logs, today, 1)
      strengthSeries(timeline, target)
      findStreaks(timeline)
      buildHeatMap(timeline, 20)
      describeRecent('Walk', timeline)
    })
    bench('strength alone', () => {
      strengthSeries(buildTimeline(habit, logs, today, 1), target)
    })
    bench('streaks alone', () => {
      findStreaks(buildTimeline(habit, logs, today, 1))
    })
  })
}
