import { useCallback } from 'react'
import { Link } from '@/components/link'
import type { ContactLog, NoContactMode } from '@/db/types'
import { describeDay, formatTime, toCalendarDay } from '@/lib/dates'
import type { ExWords } from '@/lib/pronouns'
import { readContactPage, type useContactLog } from '../data/contacts'
import { CHANNEL_LABELS, describeContact } from '../logic/describe'
import { restartsCount } from '../logic/streaks'
import { PagedLog } from './paged-log'

/**
 * Every logged contact, newest first and a page at a time (read by key range), each saying plainly
 * whether it restarted the count. `log` is read by the tracker, beside its own read.
 */
export function ContactHistory({
  ex,
  mode,
  startAt,
  log,
}: {
  ex: ExWords
  mode: NoContactMode
  startAt: string
  log: ReturnType<typeof useContactLog>
}) {
  const render = useCallback(
    (contact: ContactLog) => (
      <ContactLink contact={contact} ex={ex} mode={mode} startAt={startAt} />
    ),
    [ex, mode, startAt],
  )
  if (log === undefined) return null
  if (log.total === 0) return <p className="field-hint">No contact logged.</p>
  return (
    <PagedLog
      read={readContactPage}
      total={log.total}
      newest={log.newest}
      render={render}
      className="log-list"
      moreLabel="Show older contacts"
    />
  )
}

function ContactLink({
  contact,
  ex,
  mode,
  startAt,
}: {
  contact: ContactLog
  ex: ExWords
  mode: NoContactMode
  startAt: string
}) {
  return (
    <Link className="log-link" to={`/journey/no-contact/contacts/${contact.id}`}>
      <span className="log-link__meta">
        {describeDay(toCalendarDay(new Date(contact.at)))}, {formatTime(contact.at)} ·{' '}
        {CHANNEL_LABELS[contact.channel]}
      </span>
      <span>{describeContact(contact, ex)}</span>
      <span className="log-link__meta">
        {contact.at < startAt
          ? 'Before this count began'
          : restartsCount(contact, mode)
            ? 'Restarted the count'
            : 'Your count kept going'}
      </span>
      {contact.note.trim() && (
        <span className="log-link__note" dir="auto">
          {contact.note.length > 140 ? `${contact.note.slice(0, 140)}…` : contact.note}
        </span>
      )}
    </Link>
  )
}
