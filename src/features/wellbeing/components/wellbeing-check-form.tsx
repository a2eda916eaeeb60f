import { useId, useState, type FormEvent } from 'react'
import type { FrequencyAnswer } from '@/db/types'
import { describeError } from '@/lib/errors'
import { saveWellbeingCheck } from '../data/checks'
import {
  FREQUENCY_LABELS,
  FREQUENCY_VALUES,
  WELLBEING_ATTRIBUTION,
  WELLBEING_ITEMS,
  type WellbeingAnswers,
} from '../logic/check'

const EMPTY: WellbeingAnswers = { interest: null, down: null, nervous: null, worry: null }

/** The four questions; any can be left unanswered. */
export function WellbeingCheckForm({ onSaved }: { onSaved: (answers: WellbeingAnswers) => void }) {
  const id = useId()
  const [answers, setAnswers] = useState<WellbeingAnswers>(EMPTY)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    setSaving(true)
    try {
      await saveWellbeingCheck(answers)
      onSaved(answers)
    } catch (error) {
      setProblem(describeError(error, 'your answers were not saved'))
      setSaving(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>Over the last two weeks, how often have you been bothered by the following?</p>
      {WELLBEING_ITEMS.map((item) => (
        <fieldset key={item.id} className="frequency-choice">
          <legend>{item.text}</legend>
          {FREQUENCY_VALUES.map((value: FrequencyAnswer) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-${item.id}`}
                checked={answers[item.id] === value}
                onChange={() => setAnswers((current) => ({ ...current, [item.id]: value }))}
              />
              <span>{FREQUENCY_LABELS[value]}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <p className="field-hint">Any question can be left out.</p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          Done
        </button>
      </div>
      <p className="attribution">{WELLBEING_ATTRIBUTION}</p>
    </form>
  )
}
