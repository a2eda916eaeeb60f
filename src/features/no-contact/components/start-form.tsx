import { useId, useState, type FormEvent } from 'react'
import type { NoContactMode } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'
import { describeError } from '@/lib/errors'
import type { ExWords } from '@/lib/pronouns'
import { startPlan } from '../data/plans'
import { ModeFields } from './mode-fields'

/** Choosing to give space: no contact or limited contact, from now or from an earlier day. */
export function StartForm({ ex }: { ex: ExWords }) {
  const id = useId()
  const today = toCalendarDay(new Date())
  const [mode, setMode] = useState<NoContactMode>('no-contact')
  const [agreed, setAgreed] = useState('')
  const [when, setWhen] = useState<'now' | 'earlier'>('now')
  const [day, setDay] = useState(today)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  async function start(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setProblem(null)
    try {
      await startPlan({ mode, agreedTopics: agreed, startDay: when === 'now' ? null : day })
    } catch (error) {
      setProblem(describeError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="card" onSubmit={start} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Start giving space</h2>
      <p>
        Not texting, calling or checking in on {ex.name} gives you room to feel what you feel and to
        heal. It is for you, not a tactic to win {ex.object} back.
      </p>
      <p className="field-hint">
        If there is abuse or you feel unsafe, your safety comes first: contact only as your safety
        needs, and get support.
      </p>
      <ModeFields
        legend="Which fits your life?"
        mode={mode}
        agreed={agreed}
        onMode={setMode}
        onAgreed={setAgreed}
      />
      <fieldset className="choice-group">
        <legend>Count from</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-when`}
            checked={when === 'now'}
            onChange={() => setWhen('now')}
          />
          <span>Now</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-when`}
            checked={when === 'earlier'}
            onChange={() => setWhen('earlier')}
          />
          <span>An earlier day (the last time we were in touch)</span>
        </label>
      </fieldset>
      {when === 'earlier' && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-day`}>
            Day of the last contact
          </label>
          <input
            id={`${id}-day`}
            type="date"
            max={today}
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          Start counting
        </button>
      </div>
    </form>
  )
}
