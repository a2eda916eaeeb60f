import { useNavigate } from 'react-router'
import type { Habit } from '@/db/types'
import { showToast } from '@/components/toast-store'
import { archiveHabit, deleteHabit, restoreHabit, unarchiveHabit } from '../data/habits'
import { describeError } from '@/lib/errors'

/** Archive (history kept) or delete (with Undo, which puts back the habit and every log). */
export function HabitActions({ habit }: { habit: Habit }) {
  const navigate = useNavigate()

  async function run(action: () => Promise<void>) {
    try {
      await action()
    } catch (error) {
      showToast({ message: describeError(error) })
    }
  }

  async function remove() {
    const removed = await deleteHabit(habit.id)
    // Leave first, so the screen of a habit that is gone never shows under the toast.
    await navigate('/journey/habits')
    if (removed) {
      showToast({
        message: `“${removed.habit.name}” deleted, with its ${removed.logs.length === 1 ? 'log' : 'logs'}.`,
        actionLabel: 'Undo',
        onAction: () => restoreHabit(removed),
      })
    }
  }

  return (
    <section className="card" aria-label="Change this habit">
      <div className="button-row">
        {habit.archivedAt ? (
          <button
            type="button"
            className="button"
            onClick={() => void run(() => unarchiveHabit(habit.id))}
          >
            Bring back from the archive
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() =>
              void run(async () => {
                await archiveHabit(habit.id)
                showToast({
                  message: `“${habit.name}” archived; its history is kept.`,
                  actionLabel: 'Undo',
                  onAction: () => unarchiveHabit(habit.id),
                })
              })
            }
          >
            Archive
          </button>
        )}
        <button type="button" className="button button--danger" onClick={() => void run(remove)}>
          Delete
        </button>
      </div>
    </section>
  )
}
