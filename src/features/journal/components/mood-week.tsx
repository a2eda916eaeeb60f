import { MoodFace } from '@/components/mood-face'
import type { CalendarDay } from '@/db/types'
import { useEntriesBetween } from '../data/entries'
import { getMoodLabel } from '../logic/moods'
import { summariseWeek, weekStart } from '../logic/mood-week'

/** The last seven days as a small strip of faces: a glance at the week, not a score. */
export function MoodWeek({ today }: { today: CalendarDay }) {
  const entries = useEntriesBetween(weekStart(today), today)
  if (!entries) return <div className="mood-week mood-week--loading" aria-hidden="true" />
  const week = summariseWeek(entries, today)
  return (
    <section className="mood-week" aria-labelledby="mood-week-heading">
      <h2 id="mood-week-heading" className="section-label">
        Your last seven days
      </h2>
      <ol className="mood-week__days">
        {week.map((day) => {
          const label = getMoodLabel(day.mood)
          return (
            <li key={day.day} className="mood-week__day" data-today={day.isToday || undefined}>
              {day.mood ? (
                <MoodFace level={day.mood} />
              ) : (
                <span className="mood-week__empty" aria-hidden="true" />
              )}
              <span aria-hidden="true" className="mood-week__name">
                {day.shortName}
              </span>
              <span className="visually-hidden">
                {day.isToday ? 'Today' : day.longName}: {label ?? 'no mood noted'}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
