import { useId, useState } from 'react'
import { ChoiceGroup } from '@/components/form/choice-group'
import { DraftWarning } from '@/components/form/draft-warning'
import { Field } from '@/components/form/field'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { useDraft } from '@/hooks/use-draft'
import { toCalendarDay } from '@/lib/dates'
import type { ExWords } from '@/lib/pronouns'
import { planDraftId, startPlan } from '../data/plans'
import { ModeFields } from './mode-fields'

/** Choosing to give space: no contact or limited contact, from now or from an earlier day. */
export function StartForm({ ex }: { ex: ExWords }) {
  const id = useId()
  const today = toCalendarDay(new Date())
  const [fromNow] = useState(() => ({
    fromNow: true,
    startDay: today,
    mode: 'no-contact' as const,
    agreedTopics: '',
  }))
  const draft = useDraft(planDraftId(null), 'no-contact-plan', fromNow)
  const { mode, agreedTopics, startDay } = draft.value
  const { onSubmit, pending, problem, attachProblem } = useFormAction(() =>
    draft.save((draftId) =>
      startPlan(
        { mode, agreedTopics, startDay: draft.value.fromNow ? null : startDay },
        { draftId },
      ),
    ),
  )

  return (
    <form
      className="card"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      aria-busy={!draft.ready}
    >
      <h2 id={`${id}-title`}>Start giving space</h2>
      <p>
        Not texting, calling or checking in on {ex.name} gives you room to feel what you feel and to
        heal. It is for you, not a tactic to win {ex.object} back.
      </p>
      <p className="field-hint">
        If there is abuse or you feel unsafe, your safety comes first: contact only as your safety
        needs, and get support.
      </p>
      <DraftWarning failure={draft.failure} text={agreedTopics} />
      <ModeFields
        legend="Which fits your life?"
        mode={mode}
        agreed={agreedTopics}
        onChange={(changes) => draft.update(changes)}
      />
      <ChoiceGroup
        legend="Count from"
        choices={[
          { value: 'now', label: 'Now' },
          { value: 'earlier', label: 'An earlier day (the last time we were in touch)' },
        ]}
        value={draft.value.fromNow ? 'now' : 'earlier'}
        onChange={(when) => draft.update({ fromNow: when === 'now' })}
      />
      {!draft.value.fromNow && (
        <Field label="Day of the last contact">
          {(control) => (
            <input
              {...control}
              type="date"
              max={today}
              value={startDay}
              onChange={(event) => draft.update({ startDay: event.target.value })}
            />
          )}
        </Field>
      )}
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions submitLabel="Start counting" pending={pending} />
    </form>
  )
}
