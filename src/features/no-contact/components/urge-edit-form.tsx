import { useState } from 'react'
import { useNavigate } from 'react-router'
import { DateTimeFields } from '@/components/form/date-time-fields'
import { DraftWarning } from '@/components/form/draft-warning'
import { EditFormActions } from '@/components/form/edit-form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { showToast } from '@/components/toast-store'
import type { UrgeLog } from '@/db/types'
import { useDraft } from '@/hooks/use-draft'
import { fromDateAndTime, toCalendarDay, toTimeInput } from '@/lib/dates'
import { describeError } from '@/lib/errors'
import { deleteUrge, restoreUrge, updateUrge, urgeDraftId } from '../data/urges'
import { describeWait } from '../logic/wait-timer'
import { IntensityPicker, UrgeNoteFields } from './urge-fields'

const TRACKER = '/journey/no-contact'

/** Changing or deleting a noted urge (deleting can be undone); changes are kept as a draft. */
export function UrgeEditForm({ urge }: { urge: UrgeLog }) {
  const navigate = useNavigate()
  const [saved] = useState(() => {
    const at = new Date(urge.at)
    const { intensity, trigger, helped } = urge
    return { day: toCalendarDay(at), time: toTimeInput(at), intensity, trigger, helped }
  })
  const draft = useDraft(urgeDraftId(urge.id), 'urge', saved, { baseUpdatedAt: urge.updatedAt })
  const { day, time, intensity, trigger, helped } = draft.value
  const { onSubmit, pending, problem, setProblem, attachProblem } = useFormAction(async () => {
    await draft.save((draftId) =>
      updateUrge(
        urge.id,
        {
          at: fromDateAndTime(day, time),
          intensity,
          trigger,
          helped,
          waitedMinutes: urge.waitedMinutes,
        },
        { draftId },
      ),
    )
    navigate(TRACKER)
    showToast({ message: 'Urge updated.' })
  })

  async function remove() {
    try {
      const removed = await deleteUrge(urge.id)
      await draft.discard()
      navigate(TRACKER)
      if (removed) {
        showToast({
          message: 'Urge deleted.',
          actionLabel: 'Undo',
          onAction: () => restoreUrge(removed),
        })
      }
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  if (!draft.ready) return null
  return (
    <form className="urge-edit-form" onSubmit={onSubmit} noValidate>
      <DraftWarning failure={draft.failure} text={`${trigger}\n${helped}`} />
      <DateTimeFields
        legend="When"
        dayLabel="Date"
        value={{ day, time }}
        maxDay={toCalendarDay(new Date())}
        onChange={(when) => draft.update(when)}
      />
      <IntensityPicker
        legend="How strong was it?"
        value={intensity}
        disabled={pending}
        onChange={(value) => draft.update({ intensity: value })}
      />
      <UrgeNoteFields
        trigger={trigger}
        helped={helped}
        onChange={(changes) => draft.update(changes)}
        disabled={pending}
      />
      {urge.waitedMinutes !== null && (
        <p className="field-hint">Waited with the timer: {describeWait(urge.waitedMinutes)}.</p>
      )}
      <FormProblem problem={problem} ref={attachProblem} />
      <EditFormActions
        pending={pending}
        onCancel={() => {
          void draft.discard()
          navigate(TRACKER)
        }}
        onDelete={() => void remove()}
      />
    </form>
  )
}
