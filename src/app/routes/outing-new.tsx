import { useState } from 'react'
import { useNavigate } from 'react-router'
import { BackLink } from '@/components/back-link'
import { showToast } from '@/components/toast-store'
import { OutingForm } from '@/features/outings/components/outing-form'
import {
  NEW_OUTING_DRAFT_ID,
  planOuting,
  useRememberedPeople,
} from '@/features/outings/data/outings'
import { emptyFields, inputOf, type OutingFormFields } from '@/features/outings/logic/form-fields'
import { DraftWarning } from '@/components/form/draft-warning'
import { useDraft } from '@/hooks/use-draft'
import { useNow } from '@/hooks/use-now'
import { toCalendarDay } from '@/lib/dates'
import { currentTimeZone } from '@/lib/time-zones'

export function OutingNewRoute() {
  const navigate = useNavigate()
  const now = useNow()
  const people = useRememberedPeople() ?? []
  const zone = currentTimeZone()
  const [empty] = useState<OutingFormFields>(() => emptyFields(toCalendarDay(new Date()), zone))
  // Autosaved as the person types: a reload, a lock or an update loses nothing.
  const draft = useDraft(NEW_OUTING_DRAFT_ID, 'outing', empty)
  const fields = draft.value
  return (
    <>
      <title>Plan an outing · Steady</title>
      <BackLink to="/journey/outings">Outings</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Plan an outing</h1>
        <p className="lede">Something small counts. Pick an idea or write your own.</p>
      </header>
      <DraftWarning failure={draft.failure} text={`${fields.title}\n${fields.note}`} />
      {draft.ready && (
        <OutingForm
          fields={fields}
          onChange={(changes) => draft.update(changes)}
          people={people}
          currentZone={zone}
          now={now}
          submitLabel="Plan it"
          onCancel={() => {
            void draft.discard()
            navigate('/journey/outings')
          }}
          onSubmit={async () => {
            const outing = await draft.save((draftId) => planOuting(inputOf(fields), { draftId }))
            navigate(`/journey/outings/${outing.id}`)
            showToast({
              message: outing.loggedAfter
                ? 'Logged. Tell Steady how it went when you’re ready.'
                : 'Planned. Add it to your calendar so it reminds you.',
            })
          }}
        />
      )}
    </>
  )
}
