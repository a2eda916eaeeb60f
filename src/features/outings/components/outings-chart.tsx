import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { ChartFigure } from '@/components/chart/chart-figure'
import { barsPath, DEFAULT_PLOT, scaleLinear, slotCentre } from '@/components/chart/geometry'
import { db } from '@/db/db'
import type { CalendarDay } from '@/db/types'
import { countDoneByMonth, describeOutingMonths, type OutingMonth } from '../logic/per-month'

const plot = DEFAULT_PLOT
const narrow = new Intl.DateTimeFormat('en-GB', { month: 'narrow' })
const long = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' })

const dateOf = (month: OutingMonth) =>
  new Date(Number(month.month.slice(0, 4)), Number(month.month.slice(5, 7)) - 1, 1)

/** Outings that happened, month by month over the last year. */
export function OutingsChart({ today }: { today: CalendarDay }) {
  // The outings that happened, by the status index; only day and status are kept.
  const done = useLiveQuery(async () =>
    (await db.outings.where('status').equals('done').toArray()).map(({ day, status }) => ({
      day,
      status,
    })),
  )
  const months = useMemo(() => done && countDoneByMonth(done, today), [done, today])
  if (!months) return <div className="card--loading" aria-hidden="true" />
  const counts = months.map((month) => month.done)
  const max = Math.max(1, ...counts)
  const y = scaleLinear(0, max, plot.height - plot.bottom, plot.top)
  return (
    <ChartFigure
      takeaway={describeOutingMonths(months)}
      viewBox={`0 0 ${plot.width} ${plot.height}`}
      table={{
        columns: ['Month', 'Outings done'],
        rows: [...months]
          .reverse()
          .map((month) => [long.format(dateOf(month)), String(month.done)]),
      }}
    >
      <path className="chart__grid" d={`M${plot.left} ${y(max)}H${plot.width - plot.right}`} />
      <path
        className="chart__axis"
        d={`M${plot.left} ${plot.height - plot.bottom}H${plot.width - plot.right}`}
      />
      <path className="chart__bars" d={barsPath(counts, plot, max)} />
      <text x={plot.left - 6} y={y(max) + 4} textAnchor="end">
        {max}
      </text>
      <text x={plot.left - 6} y={plot.height - plot.bottom} textAnchor="end">
        0
      </text>
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
}
