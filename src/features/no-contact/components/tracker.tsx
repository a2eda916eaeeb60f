import { Link } from 'react-router'
import type { ExWords } from '@/lib/pronouns'
import { formatLongDate } from '@/lib/dates'
import { useCountHistory, usePlanWithStreaks } from '../data/use-streaks'
import { AttemptHistory } from './attempt-history'
import { ContactHistory } from './contact-history'
import { PlanSettings } from './plan-settings'
import { StartForm } from './start-form'
import { StreakCount } from './streak-count'
import { UrgeList } from './urge-list'

/** The no-contact tracker: the start, or the live count with everything around it. */
export function Tracker({ ex }: { ex: ExWords }) {
  const running = usePlanWithStreaks()
  if (running === undefined) return <p aria-busy="true">Opening your tracker…</p>
  if (running === null) {
    return (
      <>
        <StartForm ex={ex} />
        <section className="card card--soft" aria-labelledby="last-message-heading">
          <h2 id="last-message-heading">Before you start (optional)</h2>
          <p>
            Some people send one last, calm message first. Steady can help you write it; it never
            sends anything.
          </p>
          <Link className="button" to="/journey/no-contact/last-message">
            Write the one last message
          </Link>
        </section>
        <StoppedHistory />
        <UrgeList />
      </>
    )
  }

  const { plan, summary } = running
  return (
    <>
      <section className="card" aria-label="Your count">
        <StreakCount summary={summary} />
        <p className="field-hint">
          {plan.mode === 'limited' ? 'Limited contact' : 'No contact'} since{' '}
          {formatLongDate(summary.current.start)}.
          {plan.lastMessageSentAt && ' Your last message is sent.'}
        </p>
        <div className="button-row">
          <Link className="button button--primary" to="/journey/no-contact/urge">
            I want to text {ex.object}
          </Link>
          <Link className="button" to="/journey/no-contact/contacts/new">
            Log contact
          </Link>
        </div>
      </section>

      <section className="card" aria-labelledby="tools-heading">
        <h2 id="tools-heading">Make space easier</h2>
        <ul className="link-list">
          <li>
            <Link to="/journey/no-contact/social">Social media checklist</Link>
          </li>
          <li>
            <Link to="/journey/no-contact/last-message">The one last message</Link>
          </li>
        </ul>
      </section>

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">Your history</h2>
        <AttemptHistory summary={summary} />
      </section>

      <section className="card" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">Contact log</h2>
        <ContactHistory ex={ex} mode={plan.mode} startAt={plan.startAt} />
      </section>

      <UrgeList />

      <PlanSettings key={plan.id + plan.startAt + plan.mode} plan={plan} />
    </>
  )
}

/** With no count running, the counts that were stopped stay in view, with their totals. */
function StoppedHistory() {
  const history = useCountHistory()
  if (!history || history.attempts.length === 0) return null
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Your history</h2>
      <AttemptHistory summary={history} />
    </section>
  )
}
