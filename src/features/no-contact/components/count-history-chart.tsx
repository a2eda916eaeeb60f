import { memo, useMemo } from 'react'
import { Baseline } from '@/components/chart/marks'
import { ChartFigure, LegendItem } from '@/components/chart/chart-figure'
import { barsPath, DEFAULT_PLOT, scaleLinear, slotCentre } from '@/components/chart/geometry'
import { describeDay, toCalendarDay } from '@/lib/dates'
import { plural } from '@/lib/plural'
import { useCountHistory } from '../data/use-streaks'
import { describeCountHistory, milestonesReached } from '../logic/history-chart'
import type { CountHistory } from '../logic/streaks'

const plot = { ...DEFAULT_PLOT, right: 30 }
/** The chart shows the latest counts; the table lists them all. */
const SHOWN = 12

/** Each count as a bar (the running one filled and growing), with the milestones it reached. */
export const CountHistoryChart = memo(function CountHistoryChart() {
  const history = useCountHistory()
  if (!history) return <div className="card--loading" aria-hidden="true" />
  if (history.attempts.length === 0) {
    return <p className="field-hint">No count yet. Start one from the no-contact tracker.</p>
  }
  return <CountBars history={history} />
})

function CountBars({ history }: { history: CountHistory }) {
  const drawing = useMemo(() => drawCounts(history), [history])
  const reached = milestonesReached(history)
  const table = () => ({
    columns: ['Count', 'Began', 'Ended', 'Days'],
    rows: [...history.attempts]
      .reverse()
      .map((attempt, index) => [
        `Count ${history.attempts.length - index}`,
        describeDay(toCalendarDay(attempt.start)),
        attempt.end ? describeDay(toCalendarDay(attempt.end)) : 'Still going',
        plural(attempt.days, 'day'),
      ]),
  })
  return (
    <>
      <ChartFigure
        takeaway={describeCountHistory(history)}
        viewBox={`0 0 ${plot.width} ${plot.height}`}
        legend={
          <>
            <LegendItem mark="bar">An earlier count</LegendItem>
            <LegendItem mark="bar-now">The count now</LegendItem>
            <LegendItem mark="dash">A milestone</LegendItem>
          </>
        }
        table={table}
      >
        {drawing}
      </ChartFigure>
      <p className="field-hint">
        {reached.length === 0
          ? 'Your first milestone comes at 3 days.'
          : `Milestones reached: ${reached.map((days) => plural(days, 'day')).join(', ')}.`}
      </p>
    </>
  )
}

function drawCounts(history: CountHistory) {
  const attempts = history.attempts.slice(-SHOWN)
  const days = attempts.map((attempt) => attempt.days)
  const max = Math.max(3, ...days)
  const running = attempts.at(-1)?.end === null
  const earlier = running ? days.map((value, i) => (i === days.length - 1 ? 0 : value)) : days
  const now = running
    ? days.map((value, i) => (i === days.length - 1 ? Math.max(value, 0.2) : 0))
    : []
  const y = scaleLinear(0, max, plot.height - plot.bottom, plot.top)
  const lines = milestonesReached(history).filter(
    (milestone) => milestone <= max && milestone >= max / 8,
  )
  return (
    <>
      {lines.map((milestone) => (
        <g key={milestone}>
          <path
            className="chart__dash"
            d={`M${plot.left} ${y(milestone)}H${plot.width - plot.right}`}
          />
          <text x={plot.width - plot.right + 3} y={y(milestone) + 4}>
            {milestone}d
          </text>
        </g>
      ))}
      <Baseline plot={plot} />
      <path className="chart__bars" d={barsPath(earlier, plot, max)} />
      {running && <path className="chart__bars chart__bars--now" d={barsPath(now, plot, max)} />}
      {running && (
        <text
          x={slotCentre(days.length - 1, days.length, plot)}
          y={plot.height - 6}
          textAnchor="middle"
        >
          now
        </text>
      )}
      <text x={plot.left - 6} y={plot.top + 4} textAnchor="end">
        {max}
      </text>
      <text x={plot.left - 6} y={plot.height - plot.bottom} textAnchor="end">
        0
      </text>
    </>
  )
}
