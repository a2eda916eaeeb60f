import { useRef } from 'react'
import type { CalendarDay, Habit } from '@/db/types'
import { showToast } from '@/components/toast-store'
import { setHabitDay } from '../data/habit-logs'
import { describeError } from '@/lib/errors'

/** Taps on one habit closer together than this are one tap: a double tap ticks once. */
const DOUBLE_TAP_MS = 600

/**
 * Ticks a habit for a day, or unticks it, in one tap. What it writes is decided from what the
 * person saw (so a second tap before the screen updates writes the same), the write is idempotent
 * per habit and day, and a quick second tap is ignored.
 */
export function TickButton({
  habit,
  day,
  done,
  hint,
}: {
  habit: Habit
  day: CalendarDay
  done: boolean
  hint?: string | undefined
}) {
  const lastTap = useRef(-Infinity)
  async function toggle() {
    const now = performance.now()
    if (now - lastTap.current < DOUBLE_TAP_MS) return
    lastTap.current = now
    try {
      await setHabitDay(habit.id, day, { status: done ? null : 'done' })
    } catch (error) {
      showToast({ message: describeError(error) })
    }
  }
  return (
    <button
      type="button"
      className={`habit-tick habit-colour--${habit.colour}`}
      aria-pressed={done}
      onClick={() => void toggle()}
    >
      <span className="habit-tick__mark" aria-hidden="true">
        {done ? '✓' : ''}
      </span>
      <span className="habit-tick__icon" aria-hidden="true">
        {habit.icon}
      </span>
      <span className="habit-tick__text">
        <span className="habit-tick__name" dir="auto">
          {habit.name}
        </span>
        {hint && <span className="habit-tick__hint">{hint}</span>}
      </span>
    </button>
  )
}
