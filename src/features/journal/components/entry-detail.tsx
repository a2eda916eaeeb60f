import { useNavigate } from 'react-router'
import { Link } from '@/components/link'
import { MoodMark } from '@/components/mood-face'
import { showToast } from '@/components/toast-store'
import type { JournalEntry } from '@/db/types'
import { describeDay, formatTime } from '@/lib/dates'
import { describeStorageError } from '@/lib/errors'
import { deleteEntry, restoreEntry } from '../data/entries'
import { ENTRY_KIND_LABELS, getMoodLabel } from '../logic/moods'
import { TagList } from './tag-list'

/** One entry in full, exactly as written, with edit and delete (undoable). */
export function EntryDetail({ entry }: { entry: JournalEntry }) {
  const navigate = useNavigate()
  const mood = getMoodLabel(entry.mood)
  const edited = entry.updatedAt !== entry.createdAt

  async function remove() {
    try {
      const removed = await deleteEntry(entry.id)
      // Replace: Back must not lead to the entry that is no longer there.
      navigate('/journal', { replace: true })
      if (removed) {
        showToast({
          message: 'Entry deleted.',
          actionLabel: 'Undo',
          onAction: () => restoreEntry(removed),
        })
      }
    } catch (error) {
      showToast({ message: describeStorageError(error) })
    }
  }

  return (
    <article className="entry-detail" aria-labelledby="entry-heading">
      <h1 id="entry-heading" tabIndex={-1}>
        {describeDay(entry.day)}, {formatTime(entry.createdAt)}
      </h1>
      <p className="entry-detail__meta">
        {entry.mood && mood && (
          <>
            <MoodMark level={entry.mood} label={mood} />
            {' · '}
          </>
        )}
        {ENTRY_KIND_LABELS[entry.kind]}
        {edited && <> · Edited</>}
      </p>
      {entry.prompt && (
        <p className="entry-detail__prompt" dir="auto">
          <span className="visually-hidden">Prompt: </span>
          {entry.prompt}
        </p>
      )}
      {entry.text ? (
        <div className="entry-detail__text" dir="auto">
          {entry.text}
        </div>
      ) : (
        <p className="field-hint">No words, just a mood.</p>
      )}
      <TagList tags={entry.tags} />
      <div className="button-row">
        <Link className="button button--primary" to={`/journal/${entry.id}/edit`}>
          Edit
        </Link>
        <button type="button" className="button button--danger" onClick={() => void remove()}>
          Delete
        </button>
      </div>
    </article>
  )
}
