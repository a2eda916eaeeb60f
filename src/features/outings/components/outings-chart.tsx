import { memo, useMemo } from 'react'
import { ChartFigure } from '@/components/chart/chart-figure'
import { DEFAULT_PLOT, slotCentre } from '@/components/chart/geometry'
import { CountBars } from '@/components/chart/marks'
import type { CalendarDay, Outing } from '@/db/types'
import { countDoneByMonth, describeOutingMonths, type OutingMonth } from '../logic/per-month'

const plot = DEFAULT_PLOT
const narrow = new Intl.DateTimeFormat('en-GB', { month: 'narrow' })
const long = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' })

const dateOf = (month: OutingMonth) =>
  new Date(Number(month.month.slice(0, 4)), Number(month.month.slice(5, 7)) - 1, 1)

/**
 * Outings that happened, month by month over the last year. `done` comes from the screen, which
 * reads it once for the patterns too (undefined while loading).
 */
export const OutingsChart = memo(function OutingsChart({
  done,
  today,
}: {
  done: readonly Pick<Outing, 'day' | 'status'>[] | undefined
  today: CalendarDay
}) {
  const months = useMemo(() => done && countDoneByMonth(done, today), [done, today])
  if (!months) return <div className="card--loading" aria-hidden="true" />
  return (
    <ChartFigure
      takeaway={describeOutingMonths(months)}
      viewBox={`0 0 ${plot.width} ${plot.height}`}
      table={() => ({
        columns: ['Month', 'Outings done'],
        rows: [...months]
          .reverse()
          .map((month) => [long.format(dateOf(month)), String(month.done)]),
      })}
    >
      <CountBars counts={months.map((month) => month.done)} plot={plot} />
      {months.map((month, i) => (
        <text
          key={month.month}
          x={slotCentre(i, months.length, plot)}
          y={plot.height - 5}
          textAnchor="middle"
        >
          {narrow.format(dateOf(month))}
        </text>
      ))}
    </ChartFigure>
  )
})
