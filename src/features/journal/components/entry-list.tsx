import { useState } from 'react'
import { Link } from 'react-router'
import { EmptyState } from '@/components/empty-state'
import { MoodFace } from '@/components/mood-face'
import type { JournalEntry } from '@/db/types'
import { describeDay, formatTime } from '@/lib/dates'
import { useRecentEntries } from '../data/entries'
import { groupEntriesByDay } from '../logic/group-by-day'
import { ENTRY_KIND_LABELS, getMoodLabel } from '../logic/moods'
import { TagList } from './tag-list'

/** Enough for weeks of entries on one screen; older ones load on request so years stay quick. */
export const PAGE_SIZE = 60
const PREVIEW_LENGTH = 200

/** Every entry, newest first, grouped by day. */
export function EntryList() {
  const [limit, setLimit] = useState(PAGE_SIZE)
  const result = useRecentEntries(limit)

  if (!result) return <p aria-busy="true">Opening your journal…</p>
  if (result.total === 0) {
    return (
      <EmptyState
        illustration="notebook"
        title="Nothing here yet"
        action={
          <Link className="button button--primary" to="/?check-in">
            Write your first check-in
          </Link>
        }
      >
        Your check-ins and entries will gather here, newest first.
      </EmptyState>
    )
  }

  const groups = groupEntriesByDay(result.entries)
  return (
    <>
      {groups.map((group) => (
        <section key={group.day} className="day-group" aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`} className="day-group__heading">
            {describeDay(group.day)}
          </h2>
          <ul className="entry-list">
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <EntryLink entry={entry} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {result.total > result.entries.length && (
        <button
          type="button"
          className="button button--wide"
          onClick={() => setLimit((n) => n + PAGE_SIZE)}
        >
          Show older entries
        </button>
      )}
    </>
  )
}

function EntryLink({ entry }: { entry: JournalEntry }) {
  const mood = getMoodLabel(entry.mood)
  const text = entry.text.trim()
  const preview = text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text
  return (
    <Link className="entry-link entry-link--with-face" to={`/journal/${entry.id}`}>
      {entry.mood ? (
        <MoodFace level={entry.mood} className="entry-link__face" />
      ) : (
        <span className="entry-link__face entry-link__face--none" aria-hidden="true" />
      )}
      <span className="entry-link__meta">
        {mood && `${mood} · `}
        {formatTime(entry.createdAt)}
        {entry.kind !== 'note' && ` · ${ENTRY_KIND_LABELS[entry.kind]}`}
      </span>
      <span className="entry-link__text" dir="auto">
        {preview || <em>No words, just a mood</em>}
      </span>
      <TagList tags={entry.tags} />
    </Link>
  )
}
