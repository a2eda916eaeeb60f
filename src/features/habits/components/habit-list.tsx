import './habits.css'
import { ListGroup, ListRow } from '@/components/list-row'
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
    <ListRow
      to={`/journey/habits/${habit.id}`}
      icon={
        <span className="habit-row__icon" aria-hidden="true">
          {habit.icon}
        </span>
      }
      title={<bdi>{habit.name}</bdi>}
      hint={parts.join(' · ')}
    />
  )
}

/** The habits in use, then the archived ones. */
export function HabitList({ habits }: { habits: readonly Habit[] }) {
  const active = habits.filter((habit) => !habit.archivedAt)
  const archived = habits.filter((habit) => habit.archivedAt)
  return (
    <>
      {active.length > 0 && (
        <ListGroup label="Your habits">
          {active.map((habit) => (
            <HabitRow key={habit.id} habit={habit} />
          ))}
        </ListGroup>
      )}
      {archived.length > 0 && (
        <ListGroup label="Archived">
          {archived.map((habit) => (
            <HabitRow key={habit.id} habit={habit} />
          ))}
        </ListGroup>
      )}
    </>
  )
}
