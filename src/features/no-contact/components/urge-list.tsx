import { useState } from 'react'
import { Link } from 'react-router'
import type { UrgeLog } from '@/db/types'
import { describeDay, formatTime, toCalendarDay } from '@/lib/dates'
import { useUrges } from '../data/urges'
import { summariseUrges } from '../logic/urge-summary'

/** Weeks of urges at a glance; older ones on request, so years of history stay quick. */
const PAGE_SIZE = 30

/** The urges noted so far, newest first, each opening its edit screen. Renders its own heading. */
export function UrgeList() {
  const urges = useUrges()
  // For "this week" and "Today": the list is remounted on each visit to the tracker.
  const [now] = useState(() => new Date())
  const [limit, setLimit] = useState(PAGE_SIZE)

  return (
    <section className="card urge-list" aria-labelledby="urge-list-heading">
      <h2 id="urge-list-heading">Urges</h2>
      {!urges ? (
        <p aria-busy="true">Opening your urges…</p>
      ) : (
        <>
          <UrgeCounts {...summariseUrges(urges, now)} />
          {urges.length > 0 && (
            <ul className="entry-list">
              {urges.slice(0, limit).map((urge) => (
                <li key={urge.id}>
                  <UrgeLink urge={urge} now={now} />
                </li>
              ))}
            </ul>
          )}
          {urges.length > limit && (
            <button
              type="button"
              className="button button--wide urge-list__more"
              onClick={() => setLimit((shown) => shown + PAGE_SIZE)}
            >
              Show older urges
            </button>
          )}
        </>
      )}
    </section>
  )
}

function UrgeCounts({ thisWeek, total }: { thisWeek: number; total: number }) {
  if (total === 0) {
    return (
      <p className="field-hint">
        None noted yet. Urges are kept apart from your count: noting one never changes it.
      </p>
    )
  }
  return (
    <>
      <p className="urge-list__counts">
        <strong>{thisWeek.toLocaleString('en')}</strong> this week ·{' '}
        <strong>{total.toLocaleString('en')}</strong> in all
      </p>
      <p className="field-hint">Urges never change your count.</p>
    </>
  )
}

function UrgeLink({ urge, now }: { urge: UrgeLog; now: Date }) {
  const at = new Date(urge.at)
  return (
    <Link className="entry-link" to={`/journey/no-contact/urges/${urge.id}`}>
      <span className="entry-link__meta">
        {describeDay(toCalendarDay(at), now)}, {formatTime(urge.at)}
      </span>
      <span className="urge-list__strength">Strength {urge.intensity} of 10</span>
      {urge.trigger.trim() && (
        <span className="entry-link__text" dir="auto">
          <span className="visually-hidden">Set off by: </span>
          {urge.trigger}
        </span>
      )}
    </Link>
  )
}
