import { DraftWarning } from '@/components/form/draft-warning'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { useDraft } from '@/hooks/use-draft'
import { logUrge, urgeDraftId } from '../data/urges'
import { describeWait } from '../logic/wait-timer'
import { IntensityPicker, UrgeNoteFields } from './urge-fields'

/** Nothing noted yet; the day and time stay '' because the urge is saved as "now". */
const EMPTY = { day: '', time: '', intensity: null, trigger: '', helped: '' }

/** Step 4: note the urge. Urges are a log of their own and never touch the no-contact count. */
export function UrgeLogStep({
  waitedMinutes,
  onNext,
}: {
  waitedMinutes: number | null
  onNext: (logged: boolean) => void
}) {
  const draft = useDraft(urgeDraftId(null), 'urge', EMPTY)
  const { intensity, trigger, helped } = draft.value
  const { onSubmit, pending, problem, clearProblem, attachProblem } = useFormAction(async () => {
    await draft.save((draftId) =>
      logUrge({ intensity, trigger, helped, waitedMinutes, at: new Date() }, { draftId }),
    )
    onNext(true)
  })

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={!draft.ready}>
      <p>
        Noting urges shows you, over time, what sets them off and what helps. They are kept apart
        from your count: an urge never changes it.
      </p>
      <DraftWarning failure={draft.failure} text={`${trigger}\n${helped}`} />
      {waitedMinutes !== null && (
        <p className="field-hint">You waited {describeWait(waitedMinutes)}.</p>
      )}
      <IntensityPicker
        legend="How strong is the urge?"
        value={intensity}
        disabled={pending}
        onChange={(value) => {
          clearProblem()
          draft.update({ intensity: value })
        }}
      />
      <UrgeNoteFields
        trigger={trigger}
        helped={helped}
        onChange={(changes) => draft.update(changes)}
        disabled={pending}
      />
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions
        submitLabel="Save the urge"
        pendingLabel="Saving…"
        pending={pending}
        secondaryLabel="Skip this step"
        onSecondary={() => {
          void draft.discard()
          onNext(false)
        }}
      />
    </form>
  )
}
