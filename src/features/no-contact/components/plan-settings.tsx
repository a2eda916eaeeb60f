import { useId, useState, type FormEvent } from 'react'
import type { NoContactMode, NoContactPlan } from '@/db/types'
import { Disclosure } from '@/components/disclosure'
import { toCalendarDay } from '@/lib/dates'
import { describeError } from '@/lib/errors'
import { endPlan, updatePlan } from '../data/plans'
import { ModeFields } from './mode-fields'

/** Change the start day, the mode or what was agreed; or stop counting (the history stays). */
export function PlanSettings({ plan }: { plan: NoContactPlan }) {
  const id = useId()
  const [mode, setMode] = useState<NoContactMode>(plan.mode)
  const [agreed, setAgreed] = useState(plan.agreedTopics)
  const [day, setDay] = useState(toCalendarDay(new Date(plan.startAt)))
  const [problem, setProblem] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [confirmStop, setConfirmStop] = useState(false)

  async function save(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    try {
      await updatePlan(plan.id, { mode, agreedTopics: agreed, startDay: day })
      setStatus('Saved. The count is worked out again from your log.')
    } catch (error) {
      setStatus('')
      setProblem(describeError(error))
    }
  }

  return (
    <Disclosure className="card" summary="Change the start or the kind of contact">
      <form onSubmit={save} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-day`}>
            Counting from
          </label>
          <input
            id={`${id}-day`}
            type="date"
            max={toCalendarDay(new Date())}
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
        <ModeFields
          legend="Kind of contact"
          mode={mode}
          agreed={agreed}
          onMode={setMode}
          onAgreed={setAgreed}
        />
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary">
            Save changes
          </button>
        </div>
        <p className="form-status" role="status">
          {status}
        </p>
      </form>
      <h3>Stop counting</h3>
      <p className="field-hint">
        You can start again at any time; this count stays in your history.
      </p>
      {confirmStop ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--danger"
            onClick={() => void endPlan(plan.id)}
          >
            Yes, stop counting
          </button>
          <button type="button" className="button" onClick={() => setConfirmStop(false)}>
            Keep counting
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirmStop(true)}>
          Stop counting
        </button>
      )}
    </Disclosure>
  )
}
