import { BackLink } from '@/components/back-link'
import { useNavigate, useParams } from 'react-router'
import { Link } from '@/components/link'
import { HabitForm } from '@/features/habits/components/habit-form'
import { habitDraftId, updateHabit, useHabit } from '@/features/habits/data/habits'

export function HabitEditRoute() {
  const { habitId = '' } = useParams()
  const navigate = useNavigate()
  const habit = useHabit(habitId)
  if (habit === undefined) return <title>Edit habit · Steady</title>
  if (habit === null) {
    return (
      <>
        <title>Habit not found · Steady</title>
        <header className="page-header">
          <h1 tabIndex={-1}>This habit isn’t here</h1>
        </header>
        <Link className="button" to="/journey/habits">
          Back to habits
        </Link>
      </>
    )
  }
  const back = () => void navigate(`/journey/habits/${habit.id}`)
  return (
    <>
      <title>{`Edit ${habit.name} · Steady`}</title>
      <BackLink to={`/journey/habits/${habit.id}`}>{habit.name}</BackLink>
      <header className="page-header">
        <p className="eyebrow">Habits</p>
        <h1 tabIndex={-1}>Edit habit</h1>
      </header>
      <HabitForm
        initial={habit}
        draftId={habitDraftId(habit)}
        baseUpdatedAt={habit.updatedAt}
        submitLabel="Save changes"
        onSubmit={async (input, draftId) => {
          await updateHabit(habit.id, input, new Date(), { draftId })
          back()
        }}
        onCancel={back}
      />
    </>
  )
}
