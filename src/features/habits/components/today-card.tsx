import './habits.css'
import { Link } from '@/components/link'
import type { CalendarDay } from '@/db/types'
import { getWeekStart } from '@/lib/week-start'
import { plural } from '@/lib/plural'
import { useTodayHabits } from '../data/use-today-habits'
import type { TodayHabit } from '../logic/today'
import { TickButton } from './tick-button'

const weekStartsOn = getWeekStart()

function hintFor(item: TodayHabit): string | undefined {
  const { target } = item.habit
  if (target.kind === 'weekly') return `${item.doneThisWeek} of ${target.times} this week`
  if (!item.planned) return 'A day off; tick it if you did it anyway'
  return undefined
}

/** On Today: each habit in one tap, and how the week is going for weekly ones. */
export function HabitsTodayCard({ today }: { today: CalendarDay }) {
  const summary = useTodayHabits(today, weekStartsOn)
  if (summary === undefined) return null
  if (summary.total === 0) {
    return (
      <section className="card card--soft" aria-labelledby="habits-today-heading">
        <h2 id="habits-today-heading">Small things for you</h2>
        <p>A walk, a workout, eight hours of sleep: a few habits help you come back to yourself.</p>
        <Link className="button" to="/journey/habits/new">
          Choose a habit
        </Link>
      </section>
    )
  }
  const done = summary.habits.filter((item) => item.log?.status === 'done').length
  return (
    <section className="card" aria-labelledby="habits-today-heading">
      <h2 id="habits-today-heading">Your habits today</h2>
      {summary.habits.length > 0 ? (
        <ul className="habit-ticks">
          {summary.habits.map((item) => (
            <li key={item.habit.id}>
              <TickButton
                habit={item.habit}
                day={today}
                done={item.log?.status === 'done'}
                hint={hintFor(item)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>Every habit is resting today.</p>
      )}
      <p className="field-hint" role="status">
        {summary.habits.length > 0 && done === summary.habits.length
          ? 'All done for today. Well looked after.'
          : summary.habits.length > 0
            ? `${done} of ${summary.habits.length} done today.`
            : ''}
        {summary.pausedCount > 0 && ` ${plural(summary.pausedCount, 'habit')} paused.`}
      </p>
      <Link className="button button--quiet" to="/journey/habits">
        All habits
      </Link>
    </section>
  )
}
