import { Link } from '@/components/link'
import './habits.css'
import { Tile, TileRow } from '@/components/tile'
import type { Habit } from '@/db/types'
import { useToday } from '@/hooks/use-today'
import { formatLongDate, parseCalendarDay } from '@/lib/dates'
import { plural } from '@/lib/plural'
import { getWeekStart } from '@/lib/week-start'
import { useHabitLogs } from '../data/habit-logs'
import { useHabitProgress } from '../data/use-habit-progress'
import { describeStreak, describeTrend } from '../logic/describe'
import { describeTarget } from '../logic/targets'
import { HabitActions } from './habit-actions'
import { HeatMap } from './heat-map'
import { LogDayForm } from './log-day-form'
import { PauseSection } from './pause-section'
import { TickButton } from './tick-button'

const weekStartsOn = getWeekStart()

function formatDay(day: string) {
  const date = parseCalendarDay(day)
  return date ? formatLongDate(date) : day
}

/** One habit: today's tick, strength and streaks, the heat map, logging, pauses, and changes. */
export function HabitDetail({ habit }: { habit: Habit }) {
  const today = useToday()
  const logs = useHabitLogs(habit.id)
  const progress = useHabitProgress(habit, logs, today, weekStartsOn)
  if (!logs || !progress) return <p aria-busy="true">Opening your habit…</p>

  const streak = describeStreak(progress.streaks)
  const todayLog = logs.find((log) => log.day === today)
  const pastRuns = progress.streaks.runs.filter((run) => run !== progress.streaks.current)
  return (
    <>
      <p className="lede">
        {describeTarget(habit.target, weekStartsOn)}, since {formatDay(habit.startDay)}.
        {habit.archivedAt && ' Archived: off Today, history kept.'}
      </p>
      <div className="button-row">
        <Link className="button" to={`/journey/habits/${habit.id}/edit`}>
          Edit
        </Link>
      </div>
      {!habit.archivedAt && today >= habit.startDay && (
        <TickButton
          habit={habit}
          day={today}
          done={todayLog?.status === 'done'}
          hint={todayLog?.status === 'done' ? 'Done today' : 'Tick when you’ve done it today'}
        />
      )}
      <section className="card" aria-labelledby="habit-progress">
        <h2 id="habit-progress">How it’s going</h2>
        <TileRow label="Strength and streak">
          <Tile
            value={`${progress.strength.percent}%`}
            label="Strength"
            hint={describeTrend(progress.strength)}
          />
          <Tile value={streak.value} label="Streak" hint={streak.hint || undefined} />
        </TileRow>
        <p className="field-hint">
          Strength grows with each day done and fades slowly: one missed day barely moves it.
        </p>
        <HeatMap name={habit.name} colour={habit.colour} timeline={progress.timeline} />
      </section>
      {pastRuns.length > 0 && (
        <section className="card" aria-labelledby="habit-runs">
          <h2 id="habit-runs">Earlier runs</h2>
          <ul className="plain-list">
            {pastRuns.slice(0, 10).map((run) => (
              <li key={run.from}>
                {plural(run.days, 'day')}: {formatDay(run.from)} to {formatDay(run.to)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <LogDayForm key={logs.length} habit={habit} logs={logs} today={today} />
      <PauseSection habit={habit} today={today} />
      <HabitActions habit={habit} />
    </>
  )
}
