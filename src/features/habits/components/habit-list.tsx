import './habits.css'
import { Link } from 'react-router'
import type { Habit } from '@/db/types'
import { useToday } from '@/hooks/use-today'
import { getWeekStart } from '@/lib/week-start'
import { useHabitLogs } from '../data/habit-logs'
import { pauseOn } from '../data/habits'
import { useHabitProgress } from '../data/use-habit-progress'
import { describeStreak } from '../logic/describe'
import { describeTarget } from '../logic/targets'

const weekStartsOn = getWeekStart()

function HabitRow({ habit }: { habit: Habit }) {
  const today = useToday()
  const logs = useHabitLogs(habit.id)
  const progress = useHabitProgress(habit, logs, today, weekStartsOn)
  const paused = pauseOn(habit, today)
  const parts = [describeTarget(habit.target, weekStartsOn)]
  if (paused) parts.push('paused')
  if (progress) {
    parts.push(`strength ${progress.strength.percent}%`, describeStreak(progress.streaks).value)
  }
  return (
    <li>
      <Link
        className={`habit-row habit-colour--${habit.colour}`}
        to={`/journey/habits/${habit.id}`}
      >
        <span className="habit-row__icon" aria-hidden="true">
          {habit.icon}
        </span>
        <span className="habit-row__text">
          <span className="habit-row__name" dir="auto">
            {habit.name}
          </span>
          <span className="habit-row__hint">{parts.join(' · ')}</span>
        </span>
      </Link>
    </li>
  )
}

/** The habits in use, then the archived ones. */
export function HabitList({ habits }: { habits: readonly Habit[] }) {
  const active = habits.filter((habit) => !habit.archivedAt)
  const archived = habits.filter((habit) => habit.archivedAt)
  return (
    <>
      {active.length > 0 && (
        <section className="card" aria-labelledby="habits-active">
          <h2 id="habits-active">Your habits</h2>
          <ul className="habit-rows">
            {active.map((habit) => (
              <HabitRow key={habit.id} habit={habit} />
            ))}
          </ul>
        </section>
      )}
      {archived.length > 0 && (
        <section className="card card--soft" aria-labelledby="habits-archived">
          <h2 id="habits-archived">Archived</h2>
          <ul className="habit-rows">
            {archived.map((habit) => (
              <HabitRow key={habit.id} habit={habit} />
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
