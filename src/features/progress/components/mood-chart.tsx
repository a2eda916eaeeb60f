import { memo, useMemo, useState } from 'react'
import { Baseline, YGrid } from '@/components/chart/marks'
import { ChartFigure, LegendItem } from '@/components/chart/chart-figure'
import { DEFAULT_PLOT, dotsPath, linePath, scaleLinear } from '@/components/chart/geometry'
import { Segmented } from '@/components/segmented'
import type { CalendarDay } from '@/db/types'
import { fromDayNumber } from '@/lib/day-numbers'
import { parseCalendarDay } from '@/lib/dates'
import {
  buildMoodSeries,
  describeMoodSeries,
  formatMood,
  summariseMonths,
  type MoodDays,
  type MoodRange,
  type MoodSeries,
} from '../logic/mood'

const RANGES: { value: MoodRange; label: string }[] = [
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'year', label: 'Year' },
  { value: 'all', label: 'All' },
]

const plot = DEFAULT_PLOT
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
})
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' })

/** Mood by day with its 7-day average over a chosen range, check-in days marked along the foot. */
export const MoodChart = memo(function MoodChart({
  days,
  today,
}: {
  days: MoodDays
  today: CalendarDay
}) {
  const [range, setRange] = useState<MoodRange>('month')
  // Drawn once per range and change of data, never on an unrelated render.
  const series = useMemo(() => buildMoodSeries(days, range, today), [days, range, today])
  const drawing = useMemo(() => drawMood(series), [series])
  return (
    <>
      <Segmented legend="Show" options={RANGES} value={range} onChange={setRange} hideLegend />
      <ChartFigure
        takeaway={describeMoodSeries(series)}
        viewBox={`0 0 ${plot.width} ${plot.height}`}
        legend={
          <>
            <LegendItem mark="dot">A day’s mood</LegendItem>
            <LegendItem mark="line">7-day average</LegendItem>
            <LegendItem mark="tick">A check-in</LegendItem>
          </>
        }
        table={() => tabulate(series)}
      >
        {drawing}
      </ChartFigure>
    </>
  )
})

function drawMood(series: MoodSeries) {
  const count = series.daily.length
  const x = scaleLinear(0, Math.max(1, count - 1), plot.left, plot.width - plot.right)
  const y = scaleLinear(1, 5, plot.height - plot.bottom - 6, plot.top)
  const foot = plot.height - plot.bottom
  let ticks = ''
  series.checkIns.forEach((checkIn, i) => {
    if (checkIn) ticks += `M${Math.round(x(i) * 10) / 10} ${foot}v-5`
  })
  return (
    <>
      <YGrid levels={[1, 2, 3, 4, 5]} y={y} plot={plot} />
      <Baseline plot={plot} />
      <path className="chart__ticks" d={ticks} />
      <path className="chart__dots" d={dotsPath(series.daily, x, y)} />
      <path className="chart__line" d={linePath(series.average, x, y)} />
      <text x={plot.left} y={plot.height - 4}>
        {shortDay(series.start)}
      </text>
      <text x={plot.width - plot.right} y={plot.height - 4} textAnchor="end">
        Today
      </text>
    </>
  )
}

function shortDay(day: number): string {
  const date = parseCalendarDay(fromDayNumber(day))
  return date ? dayFormat.format(date) : ''
}

/** A row per day for a week or a month; a row per month for longer ranges. Newest first. */
function tabulate(series: MoodSeries) {
  if (series.range === 'week' || series.range === 'month') {
    const rows = series.daily.map((mood, i) => [
      shortDay(series.start + i),
      mood === null ? '—' : `${mood} of 5`,
      series.average[i] === null ? '—' : formatMood(series.average[i]!),
      series.checkIns[i] ? 'Yes' : 'No',
    ])
    return { columns: ['Day', 'Mood', '7-day average', 'Check-in'], rows: rows.reverse() }
  }
  const rows = summariseMonths(series).map((month) => [
    monthFormat.format(parseCalendarDay(`${month.month}-01`) ?? new Date(Number.NaN)),
    String(month.noted),
    month.average === null ? '—' : formatMood(month.average),
  ])
  return { columns: ['Month', 'Days with a mood', 'Average mood'], rows: rows.reverse() }
}
