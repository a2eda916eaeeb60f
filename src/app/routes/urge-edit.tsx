import { BackLink } from '@/components/back-link'
import { useParams } from 'react-router'
import { Link } from '@/components/link'
import { UrgeEditForm } from '@/features/no-contact/components/urge-edit-form'
import { logUrge, urgeDraftId, useUrge } from '@/features/no-contact/data/urges'
import { urgeWords } from '@/features/no-contact/logic/edit-words'
import { useStoredDraft } from '@/hooks/use-draft'
import { RecordDeletedWhileEditing } from './record-deleted-while-editing'
import { fromDateAndTime } from '@/lib/dates'

const TRACKER = '/journey/no-contact'

export function UrgeEditRoute() {
  const { urgeId = '' } = useParams()
  const urge = useUrge(urgeId)
  const draftId = urgeDraftId(urgeId)
  const draft = useStoredDraft(draftId, 'urge')
  if (urge === undefined || draft === undefined) return <title>Edit urge · Steady</title>
  // Deleted while someone was changing it: the unsaved words are kept and offered, never dropped.
  if (urge === null && draft) {
    const { fields } = draft
    return (
      <RecordDeletedWhileEditing
        noun="urge"
        draftId={draftId}
        fields={urgeWords(fields)}
        saveAsNew={async () => {
          const { day, time, intensity, trigger, helped } = fields
          const at = fromDateAndTime(day, time)
          await logUrge({ at, intensity, trigger, helped, waitedMinutes: null }, { draftId })
          return TRACKER
        }}
        leaveTo={TRACKER}
      >
        It may have been deleted in another window. What you were changing is still here; Undo there
        brings the urge back, or save these as a new urge.
      </RecordDeletedWhileEditing>
    )
  }
  if (urge === null) {
    return (
      <>
        <title>Urge not found · Steady</title>
        <h1 tabIndex={-1}>This urge isn’t here</h1>
        <p>It may have been deleted, perhaps in another tab. Everything else you noted is safe.</p>
        <Link className="button button--primary" to={TRACKER}>
          Back to no contact
        </Link>
      </>
    )
  }
  return (
    <>
      <title>Edit urge · Steady</title>
      <BackLink to={TRACKER}>No contact</BackLink>
      <h1 tabIndex={-1}>Edit urge</h1>
      <UrgeEditForm key={urge.id} urge={urge} />
    </>
  )
}
