import { useNavigate } from 'react-router'
import type { JournalEntry } from '@/db/types'
import type { DraftFieldsByKind } from '@/db/types'
import { useDraft } from '@/hooks/use-draft'
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
  const draft = useDraft(
    draftId,
    'entry',
    { mood: entry.mood, text: entry.text, prompt: '' },
    { baseUpdatedAt: entry.updatedAt },
  )

  async function save(value: DraftFieldsByKind['entry']) {
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
