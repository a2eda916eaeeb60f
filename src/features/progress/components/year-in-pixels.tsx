import './progress.css'
import { memo, useMemo, useState } from 'react'
import { Segmented } from '@/components/segmented'
import type { CalendarDay } from '@/db/types'
import { toDayNumber } from '@/lib/day-numbers'
import { plural } from '@/lib/plural'
import type { MoodDays } from '../logic/mood'
import { buildYearInPixels, yearsWithMoods, type PixelCell } from '../logic/year-in-pixels'

const MONTHS = Array.from({ length: 12 }, (_, month) => new Date(2026, month, 1))
const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'narrow' })
const longMonth = new Intl.DateTimeFormat('en-GB', { month: 'long' })

/**
 * The year as a table of 31 days down and 12 months across, each day's cell coloured and numbered
 * by its mood (the number, not the colour, is the signal); 30 February and the like are marked as
 * not a day.
 */
export const YearInPixels = memo(function YearInPixels({
  days,
  today,
}: {
  days: MoodDays
  today: CalendarDay
}) {
  const todayNumber = toDayNumber(today)
  const thisYear = Number(today.slice(0, 4))
  const years = useMemo(() => yearsWithMoods(days.moods, thisYear), [days, thisYear])
  const [year, setYear] = useState(thisYear)
  const pixels = useMemo(
    () => buildYearInPixels(days.moods, year, todayNumber),
    [days, year, todayNumber],
  )
  const caption = `Your year in pixels, ${year}: a mood on ${plural(pixels.noted, 'day')}`
  return (
    <div className="pixels">
      {years.length > 1 && (
        <Segmented
          legend="Year"
          variant="chips"
          options={years.map((value) => ({ value, label: String(value) }))}
          value={year}
          onChange={setYear}
          hideLegend
        />
      )}
      <div
        className="pixels__scroll"
        role="region"
        aria-label={caption}
        // A scrolling region must be reachable by keyboard to be scrolled without a pointer.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="pixels__table">
          <caption className="pixels__caption">{caption}</caption>
          <thead>
            <tr>
              <td />
              {MONTHS.map((date) => (
                <th key={date.getMonth()} scope="col" abbr={longMonth.format(date)}>
                  <span aria-hidden="true">{shortMonth.format(date)}</span>
                  <span className="visually-hidden">{longMonth.format(date)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 31 }, (_, index) => (
              <tr key={index}>
                <th scope="row">{index + 1}</th>
                {pixels.months.map((cells, month) => (
                  <Pixel key={month} cell={cells[index]!} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint pixels__key">
        1 very low · 3 okay · 5 very good · <span className="pixels__sample" aria-hidden="true" />{' '}
        not a day
      </p>
    </div>
  )
})

function Pixel({ cell }: { cell: PixelCell }) {
  if (cell.kind === 'not-a-day') {
    return (
      <td className="pixel pixel--none">
        <span className="visually-hidden">Not a day</span>
      </td>
    )
  }
  if (cell.kind === 'future') {
    return (
      <td className="pixel pixel--future">
        <span className="visually-hidden">To come</span>
      </td>
    )
  }
  if (cell.mood === null) {
    return (
      <td className="pixel pixel--empty">
        <span className="visually-hidden">No mood</span>
      </td>
    )
  }
  return <td className={`pixel pixel--mood-${cell.mood}`}>{cell.mood}</td>
}
