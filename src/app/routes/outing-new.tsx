import { useState } from 'react'
import { useNavigate } from 'react-router'
import { BackLink } from '@/components/back-link'
import { showToast } from '@/components/toast-store'
import { OutingForm } from '@/features/outings/components/outing-form'
import { planOuting, useRememberedPeople } from '@/features/outings/data/outings'
import { emptyFields, inputOf, type OutingFormFields } from '@/features/outings/logic/form-fields'
import { useNow } from '@/hooks/use-now'
import { toCalendarDay } from '@/lib/dates'
import { currentTimeZone } from '@/lib/time-zones'

export function OutingNewRoute() {
  const navigate = useNavigate()
  const now = useNow()
  const people = useRememberedPeople() ?? []
  const zone = currentTimeZone()
  const [fields, setFields] = useState<OutingFormFields>(() =>
    emptyFields(toCalendarDay(new Date()), zone),
  )
  return (
    <>
      <title>Plan an outing · Steady</title>
      <BackLink to="/journey/outings">Outings</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Plan an outing</h1>
        <p className="lede">Something small counts. Pick an idea or write your own.</p>
      </header>
      <OutingForm
        fields={fields}
        onChange={(changes) => setFields((current) => ({ ...current, ...changes }))}
        people={people}
        currentZone={zone}
        now={now}
        submitLabel="Plan it"
        onCancel={() => navigate('/journey/outings')}
        onSubmit={async () => {
          const outing = await planOuting(inputOf(fields))
          navigate(`/journey/outings/${outing.id}`)
          showToast({
            message: outing.loggedAfter
              ? 'Logged. Tell Steady how it went when you’re ready.'
              : 'Planned. Add it to your calendar so it reminds you.',
          })
        }}
      />
    </>
  )
}
