import { BackLink } from '@/components/back-link'
import { useNavigate, useParams } from 'react-router'
import { Link } from '@/components/link'
import type { DraftOf } from '@/db/types'
import { HabitForm, habitInputOf, habitWords } from '@/features/habits/components/habit-form'
import { createHabit, habitDraftId, updateHabit, useHabit } from '@/features/habits/data/habits'
import { useStoredDraft } from '@/hooks/use-draft'
import { RecordDeletedWhileEditing } from './record-deleted-while-editing'

const HABITS = '/journey/habits'

export function HabitEditRoute() {
  const { habitId = '' } = useParams()
  const navigate = useNavigate()
  const habit = useHabit(habitId)
  const draft = useStoredDraft(habitDraftId({ id: habitId }), 'habit')
  if (habit === undefined || draft === undefined) return <title>Edit habit · Steady</title>
  // Deleted while someone was changing it: the unsaved words are kept and offered, never dropped.
  if (habit === null && draft) return <HabitDeletedWhileEditing draft={draft} />
  if (habit === null) {
    return (
      <>
        <title>Habit not found · Steady</title>
        <header className="page-header">
          <h1 tabIndex={-1}>This habit isn’t here</h1>
        </header>
        <Link className="button" to={HABITS}>
          Back to habits
        </Link>
      </>
    )
  }
  const back = () => void navigate(`${HABITS}/${habit.id}`)
  return (
    <>
      <title>{`Edit ${habit.name} · Steady`}</title>
      <BackLink to={`${HABITS}/${habit.id}`}>{habit.name}</BackLink>
      <header className="page-header">
        <p className="eyebrow">Habits</p>
        <h1 tabIndex={-1}>Edit habit</h1>
      </header>
      <HabitForm
        initial={habit}
        draftId={habitDraftId(habit)}
        baseUpdatedAt={habit.updatedAt}
        submitLabel="Save changes"
        onSubmit={async (input, draftId, baseUpdatedAt) => {
          const outcome = await updateHabit(habit.id, input, new Date(), {
            draftId,
            baseUpdatedAt,
          })
          if (outcome.status === 'saved') back()
          // Changed elsewhere: the form shows both versions. Deleted: the kept words, above.
          return outcome
        }}
        onCancel={back}
      />
    </>
  )
}

/** The habit being changed was deleted (perhaps in another tab): its unsaved changes, kept. */
function HabitDeletedWhileEditing({ draft }: { draft: DraftOf<'habit'> }) {
  return (
    <RecordDeletedWhileEditing
      noun="habit"
      draftId={draft.id}
      fields={habitWords(draft.fields)}
      saveAsNew={async () => {
        const input = habitInputOf(draft.fields)
        const habit = await createHabit(input, new Date(), { draftId: draft.id })
        return `${HABITS}/${habit.id}`
      }}
      leaveTo={HABITS}
    >
      It may have been deleted in another window, with its history. What you were changing is still
      here; Undo there brings the habit back, or save this as a new habit.
    </RecordDeletedWhileEditing>
  )
}
