import { useNavigate } from 'react-router'
import type { JournalEntry } from '@/db/types'
import { useDraft, type DraftValue } from '@/hooks/use-draft'
import { describeDay, formatTime } from '@/lib/dates'
import { editDraftId, updateEntry } from '../data/entries'
import { EntryEditor } from './entry-editor'

/** Editing an entry; unsaved changes live in their own draft until saved or cancelled. */
export function EntryEditForm({
  entry,
  returnTo,
}: {
  entry: JournalEntry
  /** Where saving or cancelling leads: back to where the edit was opened (Today), else the entry. */
  returnTo?: string
}) {
  const navigate = useNavigate()
  const back = returnTo ?? `/journal/${entry.id}`
  const draftId = editDraftId(entry.id)
  const draft = useDraft(draftId, { mood: entry.mood, text: entry.text })

  async function save(value: DraftValue) {
    await updateEntry(entry.id, value, { draftId })
    navigate(back, { replace: true })
  }

  return (
    <>
      <h1 id="edit-heading" tabIndex={-1}>
        Edit entry
      </h1>
      <p className="field-hint">
        Written: {describeDay(entry.day)}, {formatTime(entry.createdAt)}
      </p>
      <EntryEditor
        draft={draft}
        onSave={save}
        onCancel={() => navigate(back, { replace: true })}
        submitLabel="Save changes"
      />
    </>
  )
}
