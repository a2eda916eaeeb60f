import { memo, useMemo } from 'react'
import { ChartFigure } from '@/components/chart/chart-figure'
import { DEFAULT_PLOT } from '@/components/chart/geometry'
import { CountBars } from '@/components/chart/marks'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'
import { useNow } from '@/hooks/use-now'
import { useUrgesSince } from '../data/urges'
import { countUrgesByWeek, describeUrgeWeeks, type UrgeWeek } from '../logic/history-chart'

const plot = DEFAULT_PLOT
const weekFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' })

/** Urges noted per week over the last twelve weeks. */
export const UrgesChart = memo(function UrgesChart() {
  const now = useNow()
  const today = toCalendarDay(now)
  // Only the weeks shown are read (a day more than twelve weeks back covers the first one).
  const since = useMemo(() => {
    const day = parseCalendarDay(today) ?? new Date()
    return new Date(day.getFullYear(), day.getMonth(), day.getDate() - 7 * 12 - 1)
  }, [today])
  const urges = useUrgesSince(since)
  // Counted again when the log or the day changes, not every minute.
  const weeks = useMemo(
    () => urges && countUrgesByWeek(urges, parseCalendarDay(today) ?? new Date()),
    [urges, today],
  )
  if (!weeks) return <div className="card--loading" aria-hidden="true" />
  return (
    <ChartFigure
      takeaway={describeUrgeWeeks(weeks)}
      viewBox={`0 0 ${plot.width} ${plot.height}`}
      table={() => ({
        columns: ['Week of', 'Urges'],
        rows: [...weeks].reverse().map((week) => [weekOf(week), String(week.count)]),
      })}
    >
      <UrgeBars weeks={weeks} />
    </ChartFigure>
  )
})

function weekOf(week: UrgeWeek): string {
  const date = parseCalendarDay(week.start)
  return date ? weekFormat.format(date) : week.start
}

function UrgeBars({ weeks }: { weeks: UrgeWeek[] }) {
  return (
    <>
      <CountBars counts={weeks.map((week) => week.count)} plot={plot} />
      <text x={plot.left} y={plot.height - 4}>
        {weekOf(weeks[0]!)}
      </text>
      <text x={plot.width - plot.right} y={plot.height - 4} textAnchor="end">
        This week
      </text>
    </>
  )
}
