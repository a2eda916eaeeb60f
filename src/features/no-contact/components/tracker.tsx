import { useLayoutEffect, useRef, useState } from 'react'
import { Link } from '@/components/link'
import { ListGroup, ListRow } from '@/components/list-row'
import type { ExWords } from '@/lib/pronouns'
import { formatLongDate } from '@/lib/dates'
import { useContactLog } from '../data/contacts'
import { useUrgeLog } from '../data/urges'
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
  // Read beside the count, not after it: the lists' first pages and counts in the same round trip.
  // `now` for "this week" and "Today": the tracker is remounted on each visit.
  const [now] = useState(() => new Date())
  const urges = useUrgeLog(now)
  const contacts = useContactLog()
  const count = useRef<HTMLElement>(null)
  const wasStartForm = useRef(false)
  const started = running !== undefined && running !== null
  // Before paint, so focus is never left on the body between the form going and the count coming.
  useLayoutEffect(() => {
    // The start form had focus and is gone: the count that replaced it takes it.
    if (started && wasStartForm.current) count.current?.focus()
    wasStartForm.current = running === null
  }, [started, running])
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
        <UrgeList log={urges} now={now} />
      </>
    )
  }

  const { plan, summary } = running
  return (
    <>
      <section className="card" aria-label="Your count" ref={count} tabIndex={-1}>
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

      <ListGroup label="Make space easier">
        <ListRow
          icon="phone"
          title="Social media checklist"
          hint="Unfollow, mute, archive: out of sight"
          to="/journey/no-contact/social"
        />
        <ListRow
          icon="message"
          title="The one last message"
          hint="Write it calmly; Steady never sends it"
          to="/journey/no-contact/last-message"
        />
      </ListGroup>

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">Your history</h2>
        <AttemptHistory summary={summary} />
      </section>

      <section className="card" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">Contact log</h2>
        <ContactHistory ex={ex} mode={plan.mode} startAt={plan.startAt} log={contacts} />
      </section>

      <UrgeList log={urges} now={now} />

      {/* Keyed on the plan only: a saved change keeps the form open, with its "Saved" in view. */}
      <PlanSettings key={plan.id} plan={plan} />
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
