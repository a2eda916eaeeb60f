import { useState } from 'react'
import { Field, TextField } from '@/components/form/field'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFieldProblems } from '@/components/form/use-field-problems'
import { useFormAction } from '@/components/form/use-form-action'
import type { PlanCadence } from '@/db/types'
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
  const [input, setInput] = useState<CommitmentInput>(initial)
  const { problems, showProblems, attachForm } = useFieldProblems<keyof PlanProblems>()
  const watching = keepsWatchingOrChasing(input)
  const valueChoices =
    input.value && !values.includes(input.value) ? [...values, input.value] : values
  const {
    onSubmit: submit,
    pending,
    problem,
    attachProblem,
  } = useFormAction(
    async () => {
      if (showProblems(validateCommitment(input))) return false
      await onSubmit(input)
      if (!initial.action) setInput(EMPTY)
    },
    { outcome: 'the commitment was not saved' },
  )

  function set(changes: Partial<CommitmentInput>) {
    setInput((current) => ({ ...current, ...changes }))
  }

  return (
    <form ref={attachForm} onSubmit={submit} noValidate>
      <TextField
        label="If…"
        hint="The moment it applies: “I feel the urge to text them”, “it’s Sunday evening”."
        error={problems.situation}
        value={input.situation}
        onChange={(situation) => set({ situation })}
      />
      <TextField
        label="…then I will"
        hint="One small, concrete step: “go for a walk”, “call my sister”."
        error={problems.action}
        value={input.action}
        onChange={(action) => set({ action })}
      />
      {watching && (
        <p className="card card--urgent" role="note">
          {WATCHING_NOTE}
        </p>
      )}
      <Field label="How often">
        {(control) => (
          <select
            {...control}
            value={input.cadence}
            onChange={(event) => set({ cadence: event.target.value as PlanCadence })}
          >
            {(Object.keys(CADENCE_LABELS) as PlanCadence[]).map((cadence) => (
              <option key={cadence} value={cadence}>
                {CADENCE_LABELS[cadence]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Which of your values does this serve?">
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions
        submitLabel={submitLabel}
        pending={pending}
        {...(onCancel && { secondaryLabel: 'Cancel', onSecondary: onCancel })}
      />
    </form>
  )
}
