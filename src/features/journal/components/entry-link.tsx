import type { ReactNode } from 'react'
import { Link } from '@/components/link'
import { MoodFace } from '@/components/mood-face'
import type { JournalEntry } from '@/db/types'
import { formatTime } from '@/lib/dates'
import { ENTRY_KIND_LABELS, getMoodLabel } from '../logic/moods'
import { TagList } from './tag-list'

const PREVIEW_LENGTH = 200

/** The start of an entry's words, short enough for a list. */
export function previewOf(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > PREVIEW_LENGTH ? `${trimmed.slice(0, PREVIEW_LENGTH)}…` : trimmed
}

interface EntryLinkProps {
  entry: JournalEntry
  /** Shown instead of the start of the entry (a search shows the words around the match). */
  excerpt?: ReactNode
  /** Adds the day before the time, where the list is not grouped by day. */
  day?: string
}

/** One entry in a list: its mood face, when, what kind, and the start of its words. */
export function EntryLink({ entry, excerpt, day }: EntryLinkProps) {
  const mood = getMoodLabel(entry.mood)
  const preview = excerpt ?? previewOf(entry.text)
  return (
    <Link className="entry-link entry-link--with-face" to={`/journal/${entry.id}`}>
      {entry.mood ? (
        <MoodFace level={entry.mood} className="entry-link__face" />
      ) : (
        <span className="entry-link__face entry-link__face--none" aria-hidden="true" />
      )}
      <span className="entry-link__meta">
        {mood && `${mood} · `}
        {day && `${day}, `}
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
