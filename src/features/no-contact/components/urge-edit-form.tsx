import { useState } from 'react'
import { useNavigate } from 'react-router'
import { DateTimeFields } from '@/components/form/date-time-fields'
import { DraftWarning } from '@/components/form/draft-warning'
import { RecordEditConflict } from '@/components/form/edit-conflict'
import { EditFormActions } from '@/components/form/edit-form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { showToast } from '@/components/toast-store'
import type { UrgeLog } from '@/db/types'
import { useDraft } from '@/hooks/use-draft'
import { fromDateAndTime, toCalendarDay } from '@/lib/dates'
import { describeError } from '@/lib/errors'
import { deleteUrge, restoreUrge, updateUrge, urgeDraftId } from '../data/urges'
import { urgeFieldsOf, urgeWords, type UrgeFields } from '../logic/edit-words'
import { describeWait } from '../logic/wait-timer'
import { IntensityPicker, UrgeNoteFields } from './urge-fields'

const TRACKER = '/journey/no-contact'

/** Changing or deleting a noted urge (deleting can be undone); changes are kept as a draft. */
export function UrgeEditForm({ urge }: { urge: UrgeLog }) {
  const navigate = useNavigate()
  const [saved] = useState(() => urgeFieldsOf(urge))
  const draft = useDraft(urgeDraftId(urge.id), 'urge', saved, { baseUpdatedAt: urge.updatedAt })
  const { day, time, intensity, trigger, helped } = draft.value
  // Saved in another tab since this edit began: both versions, until the person chooses.
  const [conflict, setConflict] = useState<{ mine: UrgeFields; theirs: UrgeLog } | null>(null)

  async function save(mine: UrgeFields, baseUpdatedAt = draft.baseUpdatedAt) {
    const outcome = await draft.save((draftId) =>
      updateUrge(
        urge.id,
        {
          at: fromDateAndTime(mine.day, mine.time),
          intensity: mine.intensity,
          trigger: mine.trigger,
          helped: mine.helped,
          waitedMinutes: urge.waitedMinutes,
        },
        { draftId, baseUpdatedAt },
      ),
    )
    if (outcome.status === 'changed-elsewhere') {
      setConflict({ mine, theirs: outcome.current })
    } else if (outcome.status === 'saved') {
      navigate(TRACKER)
      showToast({ message: 'Urge updated.' })
    }
    // Deleted meanwhile: the route shows the kept words, with "Save as a new urge".
  }
  const { onSubmit, pending, problem, setProblem, attachProblem } = useFormAction(() =>
    save(draft.value),
  )

  async function remove() {
    try {
      // The draft first: this tab's own delete lets its unsaved changes go with the urge.
      await draft.discard()
      const removed = await deleteUrge(urge.id)
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
  if (conflict) {
    return (
      <RecordEditConflict
        noun="urge"
        savedAt={conflict.theirs.updatedAt}
        mine={urgeWords(conflict.mine)}
        theirs={urgeWords(urgeFieldsOf(conflict.theirs))}
        onKeepMine={() => save(conflict.mine, conflict.theirs.updatedAt)}
        onKeepTheirs={async () => {
          await draft.discard()
          navigate(TRACKER)
        }}
      />
    )
  }
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
