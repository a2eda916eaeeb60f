import { BackLink } from '@/components/back-link'
import { useNavigate } from 'react-router'
import { showToast } from '@/components/toast-store'
import { useState } from 'react'
import { ContactForm, contactFields } from '@/features/no-contact/components/contact-form'
import { contactDraftId, logContact } from '@/features/no-contact/data/contacts'
import { useCurrentPlan } from '@/features/no-contact/data/plans'
import { restartsCount } from '@/features/no-contact/logic/streaks'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

export function ContactNewRoute() {
  const navigate = useNavigate()
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  const plan = useCurrentPlan()
  // A new contact starts at the moment the form opened; a draft keeps what was typed after that.
  const [saved] = useState(() => contactFields())
  return (
    <>
      <title>Log contact · Steady</title>
      <BackLink to="/journey/no-contact">No contact</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Log contact</h1>
        <p className="lede">Write down what happened. It’s information, not a judgement.</p>
      </header>
      {plan !== undefined && (
        <ContactForm
          ex={ex}
          plan={plan}
          draftId={contactDraftId(null)}
          saved={saved}
          submitLabel="Save"
          onCancel={() => navigate('/journey/no-contact')}
          onSubmit={async (input, draftId) => {
            const contact = await logContact(input, { draftId })
            navigate('/journey/no-contact')
            showToast({
              message:
                plan && restartsCount(contact, plan.mode)
                  ? 'Logged. Your count starts again from here, and your history stays.'
                  : 'Logged. Your count keeps going.',
            })
          }}
        />
      )}
    </>
  )
}
