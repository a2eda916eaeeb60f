import { BackLink } from '@/components/back-link'
import { useState } from 'react'
import { WellbeingCheckForm } from '@/features/wellbeing/components/wellbeing-check-form'
import { WellbeingHistory } from '@/features/wellbeing/components/wellbeing-history'
import { WellbeingResult } from '@/features/wellbeing/components/wellbeing-result'
import { setWellbeingReminder, useWellbeingChecks } from '@/features/wellbeing/data/checks'
import type { WellbeingAnswers } from '@/features/wellbeing/logic/check'
import { useSettings } from '@/hooks/use-settings'

/** "How have you been?": an optional two-minute check, its history, and its reminder. */
export function WellbeingRoute() {
  const settings = useSettings()
  const checks = useWellbeingChecks()
  const [saved, setSaved] = useState<WellbeingAnswers | null>(null)
  return (
    <>
      <title>How have you been? · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>How have you been?</h1>
        <p className="lede">
          Two minutes, every two weeks if you like. It isn’t a test, and it stays on this phone.
        </p>
      </header>
      {saved ? (
        <WellbeingResult answers={saved} />
      ) : (
        <section className="card" aria-label="The questions">
          <WellbeingCheckForm onSaved={setSaved} />
        </section>
      )}
      {settings && (
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.wellbeingReminder}
            onChange={(event) => void setWellbeingReminder(event.target.checked)}
          />
          <span>Offer this on Today every two weeks</span>
        </label>
      )}
      {checks && checks.length > 0 && (
        <section aria-labelledby="wellbeing-history">
          <h2 id="wellbeing-history">Before</h2>
          <WellbeingHistory checks={checks} />
        </section>
      )}
    </>
  )
}
