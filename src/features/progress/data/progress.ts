import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '@/db/db'
import { toDayNumber, type DayNumber } from '@/lib/day-numbers'
import { collectMoodDays, type MoodDays, type MoodSource } from '../logic/mood'
import type { Activity } from '../logic/patterns'

/**
 * Every day's mood and check-in, in one pass over the journal (only day, kind, mood and time are
 * kept from each entry), worked out again only when the journal changes. Undefined while loading.
 */
export function useMoodDays(): MoodDays | undefined {
  const rows = useLiveQuery(async () => {
    const sources: MoodSource[] = []
    await db.entries.each((entry) => {
      if (entry.mood !== null || entry.kind === 'check-in') {
        sources.push({
          day: entry.day,
          kind: entry.kind,
          mood: entry.mood,
          createdAt: entry.createdAt,
        })
      }
    })
    return sources
  })
  return useMemo(() => rows && collectMoodDays(rows), [rows])
}

/**
 * What the person did on which days, for the patterns: each habit's done days (one pass over the
 * habit log) and the days with an outing that happened (by index). Undefined while loading.
 */
export function usePatternActivities(): Activity[] | undefined {
  return useLiveQuery(async () => {
    const [habits, outings] = await Promise.all([
      db.habits.toArray(),
      db.outings.where('status').equals('done').toArray(),
    ])
    const doneDays = new Map<string, Set<DayNumber>>()
    await db.habitLogs.each((log) => {
      if (log.status !== 'done') return
      let days = doneDays.get(log.habitId)
      if (!days) doneDays.set(log.habitId, (days = new Set()))
      days.add(toDayNumber(log.day))
    })
    const activities: Activity[] = habits.map((habit) => ({
      phrase: `you ticked “${habit.name}”`,
      days: doneDays.get(habit.id) ?? new Set(),
      from: toDayNumber(habit.startDay),
    }))
    if (outings.length > 0) {
      const days = new Set(outings.map((outing) => toDayNumber(outing.day)))
      activities.push({ phrase: 'with an outing', days, from: Math.min(...days) })
    }
    return activities
  })
}
