import type { CalendarDay } from '@/db/types'
import { describeDay, formatLongDate, parseCalendarDay } from '@/lib/dates'
import { useEntriesOfDay } from '../data/entries'
import { useEntriesOnDays } from '../data/month'
import { earlierSameDays } from '../logic/month-calendar'
import { EntryLink } from './entry-link'

/** The entries of the day picked on the calendar, newest first. */
export function DayEntries({ day }: { day: CalendarDay }) {
  const entries = useEntriesOfDay(day)
  return (
    <section className="day-entries" aria-labelledby="day-entries-title">
      <h2 id="day-entries-title" className="day-group__heading">
        {describeDay(day)}
      </h2>
      {entries === undefined ? (
        <p aria-busy="true">Opening the day…</p>
      ) : entries.length === 0 ? (
        <p>Nothing written that day.</p>
      ) : (
        <ul className="entry-list">
          {[...entries].reverse().map((entry) => (
            <li key={entry.id}>
              <EntryLink entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** What was written on this date in earlier months and years; nothing at all when there is none. */
export function OnThisDay({ today }: { today: CalendarDay }) {
  const earlier = earlierSameDays(today)
  const entries = useEntriesOnDays(earlier.map((e) => e.day))
  if (!entries || entries.length === 0) return null
  return (
    <section className="on-this-day" aria-labelledby="on-this-day-title">
      <h2 id="on-this-day-title">On this day</h2>
      {earlier.map(({ day, label }) => {
        const ofDay = entries
          .filter((entry) => entry.day === day)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        if (ofDay.length === 0) return null
        return (
          <section key={day} aria-labelledby={`on-${day}`}>
            <h3 id={`on-${day}`} className="day-group__heading">
              {label} · {formatLongDate(parseCalendarDay(day) as Date)}
            </h3>
            <ul className="entry-list">
              {ofDay.map((entry) => (
                <li key={entry.id}>
                  <EntryLink entry={entry} />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </section>
  )
}
