import { BackLink } from '@/components/back-link'
import { useParams } from 'react-router'
import { Link } from '@/components/link'
import { HabitDetail } from '@/features/habits/components/habit-detail'
import { useHabit } from '@/features/habits/data/habits'

export function HabitRoute() {
  const { habitId = '' } = useParams()
  const habit = useHabit(habitId)
  if (habit === undefined) return <title>Habit · Steady</title>
  if (habit === null) {
    return (
      <>
        <title>Habit not found · Steady</title>
        <header className="page-header">
          <h1 tabIndex={-1}>This habit isn’t here</h1>
          <p className="lede">It may have been deleted.</p>
        </header>
        <Link className="button" to="/journey/habits">
          Back to habits
        </Link>
      </>
    )
  }
  return (
    <>
      <title>{`${habit.name} · Steady`}</title>
      <BackLink to="/journey/habits">Habits</BackLink>
      <header className="page-header">
        <p className="eyebrow">Focus on yourself</p>
        <h1 tabIndex={-1} dir="auto">
          <span aria-hidden="true">{habit.icon} </span>
          {habit.name}
        </h1>
      </header>
      <HabitDetail habit={habit} />
    </>
  )
}
