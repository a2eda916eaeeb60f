import { BackLink } from '@/components/back-link'
import { ReminderForm } from '@/features/outings/components/reminder-form'
import { useCheckInReminder } from '@/features/outings/data/outings'

export function OutingReminderRoute() {
  const saved = useCheckInReminder()
  return (
    <>
      <title>Check-in reminder · Steady</title>
      <BackLink to="/journey/outings">Outings</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>A daily check-in reminder</h1>
        <p className="lede">
          Steady adds a repeating event to your own calendar, which reminds you reliably, even
          offline.
        </p>
      </header>
      {saved !== undefined && <ReminderForm saved={saved} />}
    </>
  )
}
