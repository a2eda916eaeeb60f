import { Link } from 'react-router'
import { HabitList } from '@/features/habits/components/habit-list'
import { useHabits } from '@/features/habits/data/habits'

export function HabitsRoute() {
  const habits = useHabits()
  return (
    <>
      <title>Habits · Steady</title>
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
        <section className="card card--soft" aria-labelledby="habits-empty">
          <h2 id="habits-empty">No habits yet</h2>
          <p>Start with one small thing, like a walk outside or eight hours of sleep.</p>
        </section>
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
