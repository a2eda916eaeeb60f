import { memo, useMemo } from 'react'
import { YGrid } from '@/components/chart/marks'
import { ChartFigure } from '@/components/chart/chart-figure'
import { DEFAULT_PLOT, linePath, scaleLinear } from '@/components/chart/geometry'
import type { CalendarDay, Habit } from '@/db/types'
import { addDaysToDay } from '@/lib/day-numbers'
import { formatLongDate, parseCalendarDay } from '@/lib/dates'
import { getWeekStart } from '@/lib/week-start'
import { strengthSeries } from '../logic/strength'
import { describeStrengthTrend, strengthTrend, type StrengthTrend } from '../logic/strength-trend'
import { buildTimeline, type LogShape } from '../logic/timeline'
import { HeatMap } from './heat-map'

const weekStartsOn = getWeekStart()
const plot = DEFAULT_PLOT

/**
 * Each habit in use: its strength over the last 90 days and its heat map. The habits and their
 * logs come from the screen, which reads them once for the patterns too (undefined while loading).
 */
export const HabitsProgress = memo(function HabitsProgress({
  habits,
  logs,
  today,
}: {
  habits: Habit[] | undefined
  logs: ReadonlyMap<string, LogShape[]> | undefined
  today: CalendarDay
}) {
  if (!habits || !logs) return <div className="card--loading" aria-hidden="true" />
  const active = habits.filter((habit) => !habit.archivedAt && habit.startDay <= today)
  if (active.length === 0) {
    return <p className="field-hint">No habits yet. Add one under Journey, then Habits.</p>
  }
  return (
    <>
      {active.map((habit) => (
        <HabitProgress key={habit.id} habit={habit} logs={logs.get(habit.id)} today={today} />
      ))}
    </>
  )
})

function HabitProgress({
  habit,
  logs,
  today,
}: {
  habit: Habit
  logs: LogShape[] | undefined
  today: CalendarDay
}) {
  // Worked out once per change of the habit or its log, never on an unrelated render.
  const worked = useMemo(() => {
    const timeline = buildTimeline(habit, logs ?? [], today, weekStartsOn)
    const trend = strengthTrend(timeline, strengthSeries(timeline, habit.target))
    return { timeline, trend }
  }, [habit, logs, today])
  return (
    <div className="habit-progress">
      <h3 dir="auto">
        <span aria-hidden="true">{habit.icon}</span> {habit.name}
      </h3>
      <StrengthChart name={habit.name} trend={worked.trend} />
      <HeatMap name={habit.name} colour={habit.colour} timeline={worked.timeline} weeks={12} />
    </div>
  )
}

function StrengthChart({ name, trend }: { name: string; trend: StrengthTrend }) {
  const count = trend.percents.length
  const x = scaleLinear(0, Math.max(1, count - 1), plot.left, plot.width - plot.right)
  const y = scaleLinear(0, 100, plot.height - plot.bottom, plot.top)
  // A row a week keeps the table short; the last day is always there.
  const table = () => ({
    columns: ['Day', 'Strength'],
    rows: trend.percents
      .map((percent, i) => ({ percent, i }))
      .filter(({ i }) => (count - 1 - i) % 7 === 0)
      .reverse()
      .map(({ percent, i }) => [describe(addDaysToDay(trend.from, i)), `${percent}%`]),
  })
  return (
    <ChartFigure
      takeaway={describeStrengthTrend(name, trend)}
      viewBox={`0 0 ${plot.width} ${plot.height}`}
      table={table}
    >
      <YGrid levels={[0, 50, 100]} y={y} plot={plot} />
      <path className="chart__line" d={linePath(trend.percents, x, y)} />
    </ChartFigure>
  )
}

function describe(day: string): string {
  const date = parseCalendarDay(day)
  return date ? formatLongDate(date) : day
}
