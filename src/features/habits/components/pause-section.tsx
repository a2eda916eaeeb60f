import { useId, useState, type FormEvent } from 'react'
import type { CalendarDay, Habit } from '@/db/types'
import { showToast } from '@/components/toast-store'
import { pauseHabit, pauseOn, removePause, resumeHabit } from '../data/habits'
import { explainProblem } from '../logic/explain-problem'
import { describePause } from '../logic/validate'

/** Pauses for a holiday or an illness: the days are kept out of the count; nothing is lost. */
export function PauseSection({ habit, today }: { habit: Habit; today: CalendarDay }) {
  const id = useId()
  const [from, setFrom] = useState(today)
  const [to, setTo] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const running = pauseOn(habit, today)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    try {
      await pauseHabit(habit.id, { from, to: to === '' ? null : to })
      setTo('')
    } catch (error) {
      setProblem(explainProblem(error))
    }
  }

  async function run(action: () => Promise<void>) {
    try {
      await action()
    } catch (error) {
      showToast({ message: explainProblem(error) })
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Pause</h2>
      <p>Away, ill, or just need a break? Paused days don’t count against you or break a run.</p>
      {running && (
        <div className="button-row">
          <p role="status">Paused {describePause(running)}.</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void run(() => resumeHabit(habit.id))}
          >
            Resume today
          </button>
        </div>
      )}
      {habit.pauses.length > 0 && (
        <ul className="plain-list">
          {habit.pauses.map((pause) => (
            <li key={pause.from} className="pause-row">
              <span>{describePause(pause)}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove the pause ${describePause(pause)}`}
                onClick={() => void run(() => removePause(habit.id, pause.from))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-label="Add a pause">
        <div className="field-pair">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-from`}>
              First day
            </label>
            <input
              id={`${id}-from`}
              type="date"
              min={habit.startDay}
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-to`}>
              Last day (empty: until I resume)
            </label>
            <input
              id={`${id}-to`}
              type="date"
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
          </div>
        </div>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button">
            Add a pause
          </button>
        </div>
      </form>
    </section>
  )
}
