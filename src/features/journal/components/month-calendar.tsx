import { useRef, type KeyboardEvent } from 'react'
import { MoodFace } from '@/components/mood-face'
import type { CalendarDay } from '@/db/types'
import { formatLongDate, parseCalendarDay } from '@/lib/dates'
import { getWeekStart } from '@/lib/week-start'
import { useEntriesBetween } from '../data/entries'
import {
  firstDayOf,
  lastDayOf,
  monthOf,
  monthWeeks,
  shiftDay,
  shiftMonth,
  summariseDays,
  type CalendarMonth,
  type DaySummary,
} from '../logic/month-calendar'
import { getMoodLabel } from '../logic/moods'

const weekStartsOn = getWeekStart()
// One letter a column: it still fits a seventh of a 320 px screen with text at 200 %.
const WEEKDAY_NARROW = new Intl.DateTimeFormat('en-GB', { weekday: 'narrow' })
const WEEKDAY_LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long' })
const MONTH_TITLE = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' })

/** Seven weekday names from the locale's first day: 2026-11-01 was a Sunday. */
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => {
  const date = new Date(2026, 10, 1 + ((weekStartsOn + i) % 7))
  return { narrow: WEEKDAY_NARROW.format(date), long: WEEKDAY_LONG.format(date) }
})

export function monthTitle(month: CalendarMonth): string {
  return MONTH_TITLE.format(parseCalendarDay(firstDayOf(month)) as Date)
}

interface MonthCalendarProps {
  month: CalendarMonth
  /** The day whose entries are shown under the calendar; it holds the keyboard focus stop. */
  selected: CalendarDay | null
  today: CalendarDay
  onSelect: (day: CalendarDay) => void
}

/**
 * A month of moods as a table (a screen reader's table commands read the weekday with each day): each day a button with its mood's face (a mouth that says the mood
 * without its colour) and a name that reads it all out: "Tuesday 3 November: Low, 2 entries".
 * Arrow keys move by day and week, Home and End to the week's ends, Page Up and Down by month.
 */
export function MonthCalendar({ month, selected, today, onSelect }: MonthCalendarProps) {
  const entries = useEntriesBetween(firstDayOf(month), lastDayOf(month))
  const days = entries ? summariseDays(entries) : new Map<CalendarDay, DaySummary>()
  const grid = useRef<HTMLTableElement>(null)
  const focusDay =
    monthOf(selected ?? '') === month
      ? selected
      : today.startsWith(month)
        ? today
        : firstDayOf(month)

  const move = (day: CalendarDay) => {
    onSelect(day)
    // The day may be in another month: focus it once that month has drawn.
    requestAnimationFrame(() =>
      grid.current?.querySelector<HTMLButtonElement>(`[data-day="${day}"]`)?.focus(),
    )
  }

  const onKeyDown = (day: CalendarDay, event: KeyboardEvent<HTMLButtonElement>) => {
    const weekday = ((parseCalendarDay(day) as Date).getDay() - weekStartsOn + 7) % 7
    const steps: Record<string, () => CalendarDay> = {
      ArrowLeft: () => shiftDay(day, -1),
      ArrowRight: () => shiftDay(day, 1),
      ArrowUp: () => shiftDay(day, -7),
      ArrowDown: () => shiftDay(day, 7),
      Home: () => shiftDay(day, -weekday),
      End: () => shiftDay(day, 6 - weekday),
      PageUp: () => sameDayIn(day, -1),
      PageDown: () => sameDayIn(day, 1),
    }
    const step = steps[event.key]
    if (!step) return
    event.preventDefault()
    move(step())
  }

  return (
    <table
      ref={grid}
      className="month-grid"
      aria-labelledby="month-title"
      aria-busy={entries === undefined}
    >
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th key={weekday.long} scope="col">
              <span aria-hidden="true">{weekday.narrow}</span>
              <span className="visually-hidden">{weekday.long}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month, weekStartsOn).map((week, w) => (
          <tr key={w}>
            {week.map((day, d) =>
              day === null ? (
                <td key={d} className="month-grid__blank" />
              ) : (
                <td key={day}>
                  <DayButton
                    day={day}
                    summary={days.get(day)}
                    isToday={day === today}
                    isSelected={day === selected}
                    isFocusStop={day === focusDay}
                    onSelect={onSelect}
                    onKeyDown={onKeyDown}
                  />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The same date a month away, or that month's last day when it is shorter. */
function sameDayIn(day: CalendarDay, months: number): CalendarDay {
  const target = shiftMonth(monthOf(day), months)
  const last = lastDayOf(target)
  const wanted = `${target}-${day.slice(8)}`
  return wanted > last ? last : wanted
}

interface DayButtonProps {
  day: CalendarDay
  summary: DaySummary | undefined
  isToday: boolean
  isSelected: boolean
  isFocusStop: boolean
  onSelect: (day: CalendarDay) => void
  onKeyDown: (day: CalendarDay, event: KeyboardEvent<HTMLButtonElement>) => void
}

function DayButton({
  day,
  summary,
  isToday,
  isSelected,
  isFocusStop,
  onSelect,
  onKeyDown,
}: DayButtonProps) {
  const date = parseCalendarDay(day) as Date
  const mood = getMoodLabel(summary?.mood ?? null)
  const count = summary?.count ?? 0
  const said = count === 0 ? 'nothing written' : `${count} ${count === 1 ? 'entry' : 'entries'}`
  const label = `${formatLongDate(date)}${isToday ? ', today' : ''}: ${mood ? `${mood}, ` : ''}${said}`
  return (
    <button
      type="button"
      data-day={day}
      className="month-grid__day"
      aria-label={label}
      aria-pressed={isSelected}
      aria-current={isToday ? 'date' : undefined}
      tabIndex={isFocusStop ? 0 : -1}
      onClick={() => onSelect(day)}
      onKeyDown={(event) => onKeyDown(day, event)}
    >
      <span className="month-grid__date" aria-hidden="true">
        {date.getDate()}
      </span>
      {summary?.mood ? (
        <MoodFace level={summary.mood} className="month-grid__face" />
      ) : count > 0 ? (
        <span className="month-grid__dot" aria-hidden="true" />
      ) : null}
    </button>
  )
}
