import { BackLink } from '@/components/back-link'
import { useNavigate, useParams } from 'react-router'
import { Link } from '@/components/link'
import { showToast } from '@/components/toast-store'
import { ContactForm, contactFields } from '@/features/no-contact/components/contact-form'
import { deleteContactWithUndo } from '@/features/no-contact/components/delete-contact'
import { contactDraftId, updateContact, useContact } from '@/features/no-contact/data/contacts'
import { useCurrentPlan } from '@/features/no-contact/data/plans'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

export function ContactEditRoute() {
  const { contactId = '' } = useParams()
  const navigate = useNavigate()
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  const plan = useCurrentPlan()
  const contact = useContact(contactId)
  if (contact === undefined || plan === undefined) return <title>Contact · Steady</title>
  if (contact === null) {
    return (
      <>
        <title>Contact not found · Steady</title>
        <h1 tabIndex={-1}>This contact isn’t in the log</h1>
        <p>It may have been deleted, perhaps in another tab.</p>
        <Link className="button button--primary" to="/journey/no-contact">
          Back to the tracker
        </Link>
      </>
    )
  }

  return (
    <>
      <title>Edit contact · Steady</title>
      <BackLink to="/journey/no-contact">No contact</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Edit contact</h1>
      </header>
      <ContactForm
        key={contact.id}
        ex={ex}
        plan={plan}
        draftId={contactDraftId(contact.id)}
        saved={contactFields(contact)}
        baseUpdatedAt={contact.updatedAt}
        submitLabel="Save changes"
        onCancel={() => navigate('/journey/no-contact')}
        onSubmit={async (input, draftId) => {
          await updateContact(contactId, input, { draftId })
          navigate('/journey/no-contact')
          showToast({ message: 'Saved; the count is worked out again.' })
        }}
        onDelete={() =>
          void deleteContactWithUndo(contactId, () =>
            navigate('/journey/no-contact', { replace: true }),
          )
        }
      />
    </>
  )
}
