import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { BackLink } from '@/components/back-link'
import { showToast } from '@/components/toast-store'
import { OutingForm } from '@/features/outings/components/outing-form'
import {
  outingDraftId,
  updateOuting,
  useOuting,
  useRememberedPeople,
} from '@/features/outings/data/outings'
import { fieldsOf, inputOf, type OutingFormFields } from '@/features/outings/logic/form-fields'
import type { Outing } from '@/db/types'
import { DraftWarning } from '@/components/form/draft-warning'
import { useDraft } from '@/hooks/use-draft'
import { useNow } from '@/hooks/use-now'
import { currentTimeZone } from '@/lib/time-zones'
import { MissingOuting } from './outing'

export function OutingEditRoute() {
  const { outingId = '' } = useParams()
  const outing = useOuting(outingId)
  if (outing === undefined) return <title>Change outing · Steady</title>
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
  return (
    <>
      <title>Change outing · Steady</title>
      <BackLink to={back}>The outing</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Change or move</h1>
        <p className="lede">Plans move. Give it a new day or time, or change the details.</p>
      </header>
      <DraftWarning failure={draft.failure} text={`${fields.title}\n${fields.note}`} />
      {draft.ready && (
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
          onSubmit={async () => {
            await draft.save((key) => updateOuting(outing.id, inputOf(fields), { draftId: key }))
            navigate(back)
            showToast({
              message:
                'Saved. If it’s in your calendar, add it again: the event there will update.',
            })
          }}
        />
      )}
    </>
  )
}
