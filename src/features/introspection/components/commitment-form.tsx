import { useId, useState, type FormEvent } from 'react'
import type { PlanCadence } from '@/db/types'
import { describeWriteProblem } from '@/lib/write-problem'
import {
  CADENCE_LABELS,
  keepsWatchingOrChasing,
  validateCommitment,
  WATCHING_NOTE,
  type CommitmentInput,
  type PlanProblems,
} from '../logic/plan'

interface CommitmentFormProps {
  initial?: CommitmentInput
  values: readonly string[]
  submitLabel: string
  onSubmit: (input: CommitmentInput) => Promise<void>
  onCancel?: () => void
}

const EMPTY: CommitmentInput = { situation: '', action: '', cadence: 'none', value: null }

/** "If [situation], then I will [action]", how often, and which value it serves. */
export function CommitmentForm({
  initial = EMPTY,
  values,
  submitLabel,
  onSubmit,
  onCancel,
}: CommitmentFormProps) {
  const id = useId()
  const [input, setInput] = useState<CommitmentInput>(initial)
  const [problems, setProblems] = useState<PlanProblems | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const watching = keepsWatchingOrChasing(input)
  const valueChoices =
    input.value && !values.includes(input.value) ? [...values, input.value] : values

  function set(changes: Partial<CommitmentInput>) {
    setInput((current) => ({ ...current, ...changes }))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    const found = validateCommitment(input)
    setProblems(found)
    if (found) return
    setSaving(true)
    try {
      await onSubmit(input)
      if (!initial.action) setInput(EMPTY)
    } catch (error) {
      setProblem(describeWriteProblem(error, 'the commitment was not saved'))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-if`}>
          If…
        </label>
        <input
          id={`${id}-if`}
          type="text"
          dir="auto"
          value={input.situation}
          aria-invalid={problems?.situation ? true : undefined}
          aria-describedby={problems?.situation ? `${id}-if-problem` : `${id}-if-hint`}
          onChange={(event) => set({ situation: event.target.value })}
        />
        <p id={`${id}-if-hint`} className="field-hint">
          The moment it applies: “I feel the urge to text them”, “it’s Sunday evening”.
        </p>
        {problems?.situation && (
          <p id={`${id}-if-problem`} className="form-problem">
            {problems.situation}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-then`}>
          …then I will
        </label>
        <input
          id={`${id}-then`}
          type="text"
          dir="auto"
          value={input.action}
          aria-invalid={problems?.action ? true : undefined}
          aria-describedby={problems?.action ? `${id}-then-problem` : `${id}-then-hint`}
          onChange={(event) => set({ action: event.target.value })}
        />
        <p id={`${id}-then-hint`} className="field-hint">
          One small, concrete step: “go for a walk”, “call my sister”.
        </p>
        {problems?.action && (
          <p id={`${id}-then-problem`} className="form-problem">
            {problems.action}
          </p>
        )}
      </div>
      {watching && (
        <p className="card card--urgent" role="note">
          {WATCHING_NOTE}
        </p>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-cadence`}>
          How often
        </label>
        <select
          id={`${id}-cadence`}
          value={input.cadence}
          onChange={(event) => set({ cadence: event.target.value as PlanCadence })}
        >
          {(Object.keys(CADENCE_LABELS) as PlanCadence[]).map((cadence) => (
            <option key={cadence} value={cadence}>
              {CADENCE_LABELS[cadence]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-value`}>
          Which of your values does this serve?
        </label>
        <select
          id={`${id}-value`}
          value={input.value ?? ''}
          onChange={(event) => set({ value: event.target.value || null })}
        >
          <option value="">
            {values.length ? 'Not sure yet' : 'Choose values in the introspection first'}
          </option>
          {valueChoices.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
