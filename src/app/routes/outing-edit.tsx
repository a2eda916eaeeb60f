import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { BackLink } from '@/components/back-link'
import { showToast } from '@/components/toast-store'
import { OutingForm } from '@/features/outings/components/outing-form'
import {
  outingDraftId,
  planOuting,
  updateOuting,
  useOuting,
  useRememberedPeople,
} from '@/features/outings/data/outings'
import {
  fieldsOf,
  inputOf,
  outingWords,
  type OutingFormFields,
} from '@/features/outings/logic/form-fields'
import type { DraftOf, Outing } from '@/db/types'
import { DraftWarning } from '@/components/form/draft-warning'
import { RecordEditConflict } from '@/components/form/edit-conflict'
import { useDraft, useStoredDraft } from '@/hooks/use-draft'
import { useNow } from '@/hooks/use-now'
import { currentTimeZone } from '@/lib/time-zones'
import { MissingOuting } from './outing'
import { RecordDeletedWhileEditing } from './record-deleted-while-editing'

export function OutingEditRoute() {
  const { outingId = '' } = useParams()
  const outing = useOuting(outingId)
  const draft = useStoredDraft(outingDraftId(outingId), 'outing')
  if (outing === undefined || draft === undefined) return <title>Change outing · Steady</title>
  // Removed while someone was changing it: the unsaved words are kept and offered, never dropped.
  if (outing === null && draft) return <OutingDeletedWhileEditing draft={draft} />
  if (outing === null) return <MissingOuting />
  return <EditOuting outing={outing} />
}

function EditOuting({ outing }: { outing: Outing }) {
  const navigate = useNavigate()
  const now = useNow()
  const people = useRememberedPeople() ?? []
  const [saved] = useState<OutingFormFields>(() => fieldsOf(outing))
  const draftId = outingDraftId(outing.id)
  const draft = useDraft(draftId, 'outing', saved, { baseUpdatedAt: outing.updatedAt })
  const fields = draft.value
  const back = `/journey/outings/${outing.id}`
  // Saved in another tab since this edit began: both versions, until the person chooses.
  const [conflict, setConflict] = useState<{ mine: OutingFormFields; theirs: Outing } | null>(null)

  async function save(mine: OutingFormFields, baseUpdatedAt = draft.baseUpdatedAt) {
    const outcome = await draft.save((key) =>
      updateOuting(outing.id, inputOf(mine), { draftId: key, baseUpdatedAt }),
    )
    if (outcome.status === 'changed-elsewhere') {
      setConflict({ mine, theirs: outcome.current })
    } else if (outcome.status === 'saved') {
      navigate(back)
      showToast({
        message: 'Saved. If it’s in your calendar, add it again: the event there will update.',
      })
    }
    // Removed meanwhile: the route shows the kept words, with "Save as a new outing".
  }
  return (
    <>
      <title>Change outing · Steady</title>
      <BackLink to={back}>The outing</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Change or move</h1>
        <p className="lede">Plans move. Give it a new day or time, or change the details.</p>
      </header>
      <DraftWarning failure={draft.failure} text={`${fields.title}\n${fields.note}`} />
      {conflict && (
        <RecordEditConflict
          noun="outing"
          savedAt={conflict.theirs.updatedAt}
          mine={outingWords(conflict.mine)}
          theirs={outingWords(fieldsOf(conflict.theirs))}
          onKeepMine={() => save(conflict.mine, conflict.theirs.updatedAt)}
          onKeepTheirs={async () => {
            await draft.discard()
            navigate(back)
          }}
        />
      )}
      {draft.ready && !conflict && (
        <OutingForm
          fields={fields}
          onChange={(changes) => draft.update(changes)}
          people={people}
          currentZone={currentTimeZone()}
          now={now}
          submitLabel="Save changes"
          onCancel={() => {
            void draft.discard()
            navigate(back)
          }}
          onSubmit={() => save(fields)}
        />
      )}
    </>
  )
}

/** The outing being changed was removed (perhaps in another tab): its unsaved changes, kept. */
function OutingDeletedWhileEditing({ draft }: { draft: DraftOf<'outing'> }) {
  return (
    <RecordDeletedWhileEditing
      noun="outing"
      gone="removed"
      draftId={draft.id}
      fields={outingWords(draft.fields)}
      saveAsNew={async () => {
        const outing = await planOuting(inputOf(draft.fields), { draftId: draft.id })
        return `/journey/outings/${outing.id}`
      }}
      leaveTo="/journey/outings"
    >
      It may have been removed in another window. What you were changing is still here; save it as a
      new outing, or let it go.
    </RecordDeletedWhileEditing>
  )
}
