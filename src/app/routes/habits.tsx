import { Link } from '@/components/link'
import { BackLink } from '@/components/back-link'
import { EmptyState } from '@/components/empty-state'
import { HabitList } from '@/features/habits/components/habit-list'
import { useHabits } from '@/features/habits/data/habits'

export function HabitsRoute() {
  const habits = useHabits()
  return (
    <>
      <title>Habits · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <p className="eyebrow">Focus on yourself</p>
        <h1 tabIndex={-1}>Habits</h1>
        <p className="lede">
          Small things that bring you back to yourself. Missed days are part of it: strength fades
          slowly, and rest days, skips and pauses never break a run.
        </p>
      </header>
      {habits === undefined ? (
        <p aria-busy="true">Opening your habits…</p>
      ) : habits.length === 0 ? (
        <EmptyState illustration="sunrise" title="No habits yet">
          Start with one small thing, like a walk outside or eight hours of sleep.
        </EmptyState>
      ) : (
        <HabitList habits={habits} />
      )}
      <div className="button-row">
        <Link className="button button--primary" to="/journey/habits/new">
          Add a habit
        </Link>
      </div>
    </>
  )
}
