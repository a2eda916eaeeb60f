import './habits.css'
import { useId, useMemo } from 'react'
import type { HabitColour } from '@/db/types'
import { buildHeatMap, describeRecent, type CellStatus } from '../logic/heat-map'
import { weekdayName, weekdayShortName } from '../logic/targets'
import type { Timeline } from '../logic/timeline'

/** A mark besides the colour, so the map reads without colour too. */
const MARKS: Record<CellStatus, string> = {
  done: '✓',
  skipped: '–',
  paused: 'Ⅱ',
  rest: '·',
  missed: '',
  open: '',
  before: '',
  future: '',
}

/**
 * The last weeks as a table: weekdays down, weeks across (newest on the right, shown first), the
 * first weekday from the locale. Every cell says its day and what happened in words for screen
 * readers; it scrolls sideways inside a labelled region on a narrow phone.
 */
export function HeatMap({
  name,
  colour,
  timeline,
  weeks = 20,
}: {
  name: string
  colour: HabitColour
  timeline: Timeline
  weeks?: number
}) {
  const id = useId()
  // A cell per day with its words: built again only when the habit's days change.
  const map = useMemo(() => buildHeatMap(timeline, weeks), [timeline, weeks])
  const caption = describeRecent(name, timeline)

  return (
    <div className={`heat-map habit-colour--${colour}`}>
      <p className="heat-map__caption" id={`${id}-caption`} aria-hidden="true" dir="auto">
        {caption}
      </p>
      {/* Opens on the newest weeks (the stylesheet starts the scroll at the end, so no layout is
          read while drawing); older ones are a swipe away. */}
      <div
        className="heat-map__scroll"
        role="region"
        aria-label={`${name}: the last ${weeks} weeks`}
        // A scrolling region must be reachable by keyboard to be scrolled without a pointer.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="heat-map__table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td className="heat-map__corner" />
              {map.weeks.map((week) => (
                <th key={week.start} scope="col" className="heat-map__month">
                  <span aria-hidden="true">{week.monthLabel}</span>
                  <span className="visually-hidden">
                    Week of {week.cells[0]?.label.split(':')[0]}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.weekdays.map((weekday, row) => (
              <tr key={weekday}>
                <th scope="row" className="heat-map__weekday">
                  <span aria-hidden="true">{weekdayShortName(weekday).slice(0, 2)}</span>
                  <span className="visually-hidden">{weekdayName(weekday)}</span>
                </th>
                {map.weeks.map((week) => {
                  const cell = week.cells[row]!
                  return (
                    <td key={cell.day} className={`heat-cell heat-cell--${cell.status}`}>
                      <span aria-hidden="true">{MARKS[cell.status]}</span>
                      <span className="visually-hidden">{cell.label}</span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="heat-map__key field-hint">
        <span aria-hidden="true">✓</span> done · <span aria-hidden="true">–</span> skipped ·{' '}
        <span aria-hidden="true">Ⅱ</span> paused · <span aria-hidden="true">·</span> a rest day
      </p>
    </div>
  )
}
