import { Link } from '@/components/link'
import { useSettings } from '@/hooks/use-settings'
import { useNow } from '@/hooks/use-now'
import {
  dismissWellbeingReminder,
  setWellbeingReminder,
  useLatestWellbeingCheck,
} from '../data/checks'
import { isCheckDue } from '../logic/check'

/** Every 14 days, an optional "How have you been?" on Today. Never nags: not now, or never. */
export function WellbeingTodayCard() {
  const settings = useSettings()
  const latest = useLatestWellbeingCheck()
  const now = useNow(60 * 60 * 1000)
  if (!settings || latest === undefined) return null
  if (!isCheckDue(latest ?? undefined, settings, now)) return null
  return (
    <section className="card card--soft" aria-labelledby="today-wellbeing">
      <h2 id="today-wellbeing">How have you been?</h2>
      <p>Four quick questions about the last two weeks. Optional, and just for you.</p>
      <div className="button-row">
        <Link className="button button--primary" to="/journey/wellbeing">
          Take two minutes
        </Link>
        <button type="button" className="button" onClick={() => void dismissWellbeingReminder()}>
          Ask me in two weeks
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void setWellbeingReminder(false)}
        >
          Don’t ask again
        </button>
      </div>
    </section>
  )
}
