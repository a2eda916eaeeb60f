import { useCallback } from 'react'
import { Link } from '@/components/link'
import type { UrgeLog } from '@/db/types'
import { describeDay, formatTime, toCalendarDay } from '@/lib/dates'
import { readUrgePage, type UrgeLogHead } from '../data/urges'
import { PagedLog } from './paged-log'

/**
 * The urges noted so far, newest first, each opening its edit screen; weeks at a glance and older
 * ones a page at a time, counted on the index, so years of history stay quick. Renders its own
 * heading. `log` is `useUrgeLog(now)`, read by the screen beside its other reads.
 */
export function UrgeList({ log: counts, now }: { log: UrgeLogHead | undefined; now: Date }) {
  const render = useCallback((urge: UrgeLog) => <UrgeLink urge={urge} now={now} />, [now])

  return (
    <section className="card urge-list" aria-labelledby="urge-list-heading">
      <h2 id="urge-list-heading">Urges</h2>
      {!counts ? (
        <p aria-busy="true">Opening your urges…</p>
      ) : (
        <>
          <UrgeCounts {...counts} />
          {counts.total > 0 && (
            <PagedLog
              read={readUrgePage}
              total={counts.total}
              newest={counts.newest}
              render={render}
              className="entry-list"
              moreLabel="Show older urges"
              moreClassName="urge-list__more"
            />
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
