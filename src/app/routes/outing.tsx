import { useNavigate, useParams } from 'react-router'
import { Link } from '@/components/link'
import { BackLink } from '@/components/back-link'
import { showToast } from '@/components/toast-store'
import type { Outing } from '@/db/types'
import { MoodPicker } from '@/features/journal/components/mood-picker'
import { getMoodLabel } from '@/features/journal/logic/moods'
import { CalendarActions } from '@/features/outings/components/calendar-actions'
import { SettleForm } from '@/features/outings/components/settle-form'
import {
  cancelOuting,
  restoreOuting,
  settleOuting,
  useOuting,
} from '@/features/outings/data/outings'
import { calendarFileName, outingsCalendar } from '@/features/outings/logic/calendar'
import { describeWhen, STATUS_LABELS } from '@/features/outings/logic/describe'
import { hasEnded } from '@/features/outings/logic/outing-time'
import { useNow } from '@/hooks/use-now'
import { currentTimeZone } from '@/lib/time-zones'

/** An outing that was removed (perhaps in another tab) or a link that was never right. */
export function MissingOuting() {
  return (
    <>
      <title>Outing not found · Steady</title>
      <h1 tabIndex={-1}>This outing isn’t here</h1>
      <p>It may have been removed, perhaps in another tab. Your other outings are safe.</p>
      <Link className="button button--primary" to="/journey/outings">
        Back to outings
      </Link>
    </>
  )
}

export function OutingRoute() {
  const { outingId = '' } = useParams()
  const outing = useOuting(outingId)
  if (outing === undefined) return <title>Outing · Steady</title>
  if (outing === null) return <MissingOuting />
  return <OutingDetail outing={outing} />
}

function OutingDetail({ outing }: { outing: Outing }) {
  const navigate = useNavigate()
  const now = useNow()
  const planned = outing.status === 'planned'
  const ended = hasEnded(outing, now)
  const facts: [string, string][] = [
    ['When', describeWhen(outing, { now, currentZone: currentTimeZone() })],
    ...(outing.withWhom.trim() ? [['With', outing.withWhom] as [string, string]] : []),
    ...(outing.place.trim() ? [['Where', outing.place] as [string, string]] : []),
    ...(outing.note.trim() ? [['Note', outing.note] as [string, string]] : []),
  ]
  if (!planned) facts.push(['How it went', STATUS_LABELS[outing.status]])
  if (outing.status === 'done' && outing.mood)
    facts.push(['How it felt', getMoodLabel(outing.mood) ?? ''])
  if (outing.reflection.trim()) facts.push(['Looking back', outing.reflection])

  async function cancel() {
    const before = await cancelOuting(outing.id)
    showToast({
      message: 'Cancelled. If it’s in your calendar, delete it there too.',
      actionLabel: 'Undo',
      onAction: () => restoreOuting(before),
    })
  }

  return (
    <>
      <title>{`${outing.title} · Steady`}</title>
      <BackLink to="/journey/outings">Outings</BackLink>
      <header className="page-header">
        <p className="eyebrow">
          {outing.loggedAfter ? 'Logged outing' : planned ? 'Planned outing' : 'Outing'}
        </p>
        <h1 tabIndex={-1}>
          <bdi>{outing.title}</bdi>
        </h1>
      </header>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd dir="auto" className="preserve-lines">
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {planned && ended && (
        <section className="card" aria-labelledby="how-heading">
          <h2 id="how-heading">How did it go?</h2>
          <SettleForm
            renderMood={(value, onChange) => (
              <MoodPicker value={value} onChange={onChange} legend="How did it feel?" />
            )}
            onSubmit={async (how) => {
              await settleOuting(outing.id, how)
              showToast({
                message:
                  how.status === 'done' ? 'Saved. Thank you for going.' : 'Saved. No harm done.',
              })
            }}
          />
        </section>
      )}
      {planned && !ended && (
        <section className="card" aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">Add to your calendar</h2>
          <p className="field-hint">
            Your calendar will remind you before it starts. Adding it again after a change updates
            the same event.
          </p>
          <CalendarActions
            addLabel="Add to calendar"
            fileName={calendarFileName(outing.title)}
            makeText={() => outingsCalendar([outing], new Date())}
          />
        </section>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => navigate(`/journey/outings/${outing.id}/edit`)}
        >
          {planned
            ? 'Change or move'
            : outing.status === 'done'
              ? 'Change details'
              : 'Plan it again'}
        </button>
        {planned && (
          <button type="button" className="button" onClick={() => void cancel()}>
            Cancel outing
          </button>
        )}
      </div>
    </>
  )
}
