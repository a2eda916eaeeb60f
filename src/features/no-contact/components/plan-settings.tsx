import { useState } from 'react'
import { Disclosure } from '@/components/disclosure'
import { DraftWarning } from '@/components/form/draft-warning'
import { Field } from '@/components/form/field'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import type { NoContactPlan } from '@/db/types'
import { useDraft } from '@/hooks/use-draft'
import { toCalendarDay } from '@/lib/dates'
import { endPlan, planDraftId, updatePlan } from '../data/plans'
import { ModeFields } from './mode-fields'

/**
 * Change the start day, the mode or what was agreed; or stop counting (the history stays). Folded
 * away until opened: its form (and its draft's read) is made only then.
 */
export function PlanSettings({ plan }: { plan: NoContactPlan }) {
  return (
    <Disclosure className="card" summary="Change the start or the kind of contact" mountWhenOpened>
      <PlanSettingsBody plan={plan} />
    </Disclosure>
  )
}

function PlanSettingsBody({ plan }: { plan: NoContactPlan }) {
  const saved = {
    fromNow: false,
    startDay: toCalendarDay(new Date(plan.startAt)),
    mode: plan.mode,
    agreedTopics: plan.agreedTopics,
  }
  // Kept as a draft while typed: what was agreed survives a reload or an auto-lock.
  const draft = useDraft(planDraftId(plan.id), 'no-contact-plan', saved)
  const { mode, agreedTopics, startDay } = draft.value
  const [status, setStatus] = useState('')
  const [confirmStop, setConfirmStop] = useState(false)
  const { onSubmit, pending, problem, attachProblem } = useFormAction(async () => {
    setStatus('')
    await draft.save((draftId) =>
      updatePlan(plan.id, { mode, agreedTopics, startDay }, { draftId }),
    )
    setStatus('Saved. The count is worked out again from your log.')
  })

  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-busy={!draft.ready}>
        <DraftWarning failure={draft.failure} text={agreedTopics} />
        <Field label="Counting from">
          {(control) => (
            <input
              {...control}
              type="date"
              max={toCalendarDay(new Date())}
              value={startDay}
              onChange={(event) => draft.update({ startDay: event.target.value })}
            />
          )}
        </Field>
        <ModeFields
          legend="Kind of contact"
          mode={mode}
          agreed={agreedTopics}
          onChange={(changes) => {
            setStatus('')
            draft.update(changes)
          }}
        />
        <FormProblem problem={problem} ref={attachProblem} />
        <FormActions submitLabel="Save changes" pending={pending} />
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
    </>
  )
}
