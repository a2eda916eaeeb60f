import { BackLink } from '@/components/back-link'
import { useNavigate, useParams } from 'react-router'
import { Link } from '@/components/link'
import { showToast } from '@/components/toast-store'
import { discardDraft } from '@/db/drafts'
import { ContactForm, contactFields } from '@/features/no-contact/components/contact-form'
import { deleteContactWithUndo } from '@/features/no-contact/components/delete-contact'
import {
  contactDraftId,
  logContact,
  updateContact,
  useContact,
} from '@/features/no-contact/data/contacts'
import { useCurrentPlan } from '@/features/no-contact/data/plans'
import { contactWords } from '@/features/no-contact/logic/edit-words'
import { useStoredDraft } from '@/hooks/use-draft'
import { RecordDeletedWhileEditing } from './record-deleted-while-editing'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { fromDateAndTime } from '@/lib/dates'
import { UserError } from '@/lib/errors'
import { getExWords } from '@/lib/pronouns'

const TRACKER = '/journey/no-contact'

export function ContactEditRoute() {
  const { contactId = '' } = useParams()
  const navigate = useNavigate()
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  const plan = useCurrentPlan()
  const contact = useContact(contactId)
  const draftId = contactDraftId(contactId)
  const draft = useStoredDraft(draftId, 'contact')
  if (contact === undefined || plan === undefined || draft === undefined) {
    return <title>Contact · Steady</title>
  }
  // Deleted while someone was changing it: the unsaved words are kept and offered, never dropped.
  const initiator = draft?.fields.initiator
  if (contact === null && draft) {
    const { fields } = draft
    return (
      <RecordDeletedWhileEditing
        noun="contact"
        draftId={draftId}
        fields={contactWords(fields, ex)}
        saveAsNew={async () => {
          if (!initiator) throw new UserError('These changes don’t say who reached out.')
          const at = fromDateAndTime(fields.day, fields.time)
          await logContact({ ...fields, at, initiator }, { draftId })
          return TRACKER
        }}
        leaveTo={TRACKER}
      >
        It may have been deleted in another window. What you were changing is still here; Undo there
        brings the contact back, or save this as a new contact.
      </RecordDeletedWhileEditing>
    )
  }
  if (contact === null) {
    return (
      <>
        <title>Contact not found · Steady</title>
        <h1 tabIndex={-1}>This contact isn’t in the log</h1>
        <p>It may have been deleted, perhaps in another tab.</p>
        <Link className="button button--primary" to={TRACKER}>
          Back to the tracker
        </Link>
      </>
    )
  }

  return (
    <>
      <title>Edit contact · Steady</title>
      <BackLink to={TRACKER}>No contact</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Edit contact</h1>
      </header>
      <ContactForm
        key={contact.id}
        ex={ex}
        plan={plan}
        draftId={draftId}
        saved={contactFields(contact)}
        baseUpdatedAt={contact.updatedAt}
        submitLabel="Save changes"
        onCancel={() => navigate(TRACKER)}
        onSubmit={async (input, key, baseUpdatedAt) => {
          const outcome = await updateContact(contactId, input, { draftId: key, baseUpdatedAt })
          if (outcome.status === 'saved') {
            navigate(TRACKER)
            showToast({ message: 'Saved; the count is worked out again.' })
          }
          // Changed elsewhere: the form shows both versions. Deleted: the kept words, above.
          return outcome
        }}
        onDelete={() =>
          void discardDraft(draftId).then(() =>
            deleteContactWithUndo(contactId, () => navigate(TRACKER, { replace: true })),
          )
        }
      />
    </>
  )
}
