import { useMemo } from 'react'
import type { CalendarDay } from '@/db/types'
import { toDayNumber } from '@/lib/day-numbers'
import type { MoodDays } from '../logic/mood'
import { findPatterns, type Activity } from '../logic/patterns'
import { Patterns } from './patterns'

/**
 * Mood on days with and without each habit and outing, once there is enough to compare; the
 * activities come from the screen (undefined while loading).
 */
export function PatternsCard({
  days,
  activities,
  today,
}: {
  days: MoodDays
  activities: readonly Activity[] | undefined
  today: CalendarDay
}) {
  const patterns = useMemo(
    () => activities && findPatterns(days.moods, activities, toDayNumber(today)),
    [activities, days, today],
  )
  if (patterns === undefined) return null
  return (
    <section className="card progress-section" aria-labelledby="progress-patterns">
      <h2 id="progress-patterns">Patterns</h2>
      <Patterns patterns={patterns} daysNoted={days.moods.size} />
    </section>
  )
}
