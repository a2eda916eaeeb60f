import { Link } from '@/components/link'
import type { ExWords } from '@/lib/pronouns'
import { usePlanWithStreaks } from '../data/use-streaks'
import { StreakCount } from './streak-count'

/** On Today: the count and the one-tap way out of an urge, or a quiet invitation to start. */
export function NoContactTodayCard({ ex }: { ex: ExWords }) {
  const running = usePlanWithStreaks()
  if (running === undefined) return null
  if (running === null) {
    return (
      <section className="card card--soft" aria-labelledby="space-heading">
        <h2 id="space-heading">Give yourself space</h2>
        <p>A no-contact count helps you see every day you chose yourself.</p>
        <Link className="button" to="/journey/no-contact">
          Start a no-contact count
        </Link>
      </section>
    )
  }
  return (
    <section className="today-section" aria-label="Your no-contact count">
      <StreakCount summary={running.summary} />
      <div className="button-row">
        <Link className="button button--primary" to="/journey/no-contact/urge">
          I want to text {ex.object}
        </Link>
        <Link className="button" to="/journey/no-contact">
          Open the tracker
        </Link>
      </div>
    </section>
  )
}
