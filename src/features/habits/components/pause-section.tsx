import { useId, useState } from 'react'
import { Field } from '@/components/form/field'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import type { CalendarDay, Habit } from '@/db/types'
import { showToast } from '@/components/toast-store'
import { describeError } from '@/lib/errors'
import { pauseHabit, pauseOn, removePause, resumeHabit } from '../data/habits'
import { describePause } from '../logic/validate'

/** Pauses for a holiday or an illness: the days are kept out of the count; nothing is lost. */
export function PauseSection({ habit, today }: { habit: Habit; today: CalendarDay }) {
  const id = useId()
  const [from, setFrom] = useState(today)
  const [to, setTo] = useState('')
  const running = pauseOn(habit, today)
  const { onSubmit, pending, problem, attachProblem } = useFormAction(
    async () => {
      await pauseHabit(habit.id, { from, to: to === '' ? null : to })
      setTo('')
    },
    { outcome: 'the pause was not added' },
  )

  async function run(action: () => Promise<void>) {
    try {
      await action()
    } catch (error) {
      showToast({ message: describeError(error) })
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
      <form onSubmit={onSubmit} noValidate aria-label="Add a pause">
        <div className="field-pair">
          <Field label="First day">
            {(control) => (
              <input
                {...control}
                type="date"
                min={habit.startDay}
                value={from}
                onChange={(event) => setFrom(event.target.value)}
              />
            )}
          </Field>
          <Field label="Last day (optional)" describedBy={`${id}-until`}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={to}
                onChange={(event) => setTo(event.target.value)}
              />
            )}
          </Field>
        </div>
        <p id={`${id}-until`} className="field-hint">
          Leave the last day empty to keep the pause going until you resume it.
        </p>
        <FormProblem problem={problem} ref={attachProblem} />
        <FormActions submitLabel="Add a pause" pendingLabel="Adding…" pending={pending} />
      </form>
    </section>
  )
}
