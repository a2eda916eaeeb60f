import { Link } from 'react-router'
import type { NoContactMode } from '@/db/types'
import { describeDay, formatTime, toCalendarDay } from '@/lib/dates'
import type { ExWords } from '@/lib/pronouns'
import { useContacts } from '../data/contacts'
import { CHANNEL_LABELS, describeContact } from '../logic/describe'
import { restartsCount } from '../logic/streaks'

/** Every logged contact, newest first, each saying plainly whether it restarted the count. */
export function ContactHistory({
  ex,
  mode,
  startAt,
}: {
  ex: ExWords
  mode: NoContactMode
  startAt: string
}) {
  const contacts = useContacts()
  if (!contacts) return null
  if (contacts.length === 0) return <p className="field-hint">No contact logged.</p>
  return (
    <ul className="log-list">
      {contacts.map((contact) => (
        <li key={contact.id}>
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
        </li>
      ))}
    </ul>
  )
}
