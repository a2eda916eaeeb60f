import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { DraftFieldsByKind, JournalEntry } from '@/db/types'
import { useDraft } from '@/hooks/use-draft'
import { describeDay, formatTime } from '@/lib/dates'
import { editDraftId, updateEntry } from '../data/entries'
import { EntryEditConflict } from './edit-conflict'
import { EntryEditor } from './entry-editor'

type EntryFields = DraftFieldsByKind['entry']

/**
 * Editing an entry; unsaved changes live in their own draft until saved or cancelled. The save is
 * conditional on the version the editing started from: if another tab saved the entry meanwhile,
 * both texts are shown and the person chooses.
 */
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
    { mood: entry.mood, text: entry.text, prompt: '', tags: entry.tags ?? [] },
    { baseUpdatedAt: entry.updatedAt },
  )
  const [conflict, setConflict] = useState<{ mine: EntryFields; theirs: JournalEntry } | null>(null)

  async function save(value: EntryFields, baseUpdatedAt = draft.baseUpdatedAt) {
    const outcome = await updateEntry(entry.id, value, { draftId, baseUpdatedAt })
    if (outcome.status === 'saved') navigate(back, { replace: true })
    else if (outcome.status === 'changed-elsewhere') {
      setConflict({ mine: value, theirs: outcome.current })
    }
    // Deleted elsewhere: the route shows the kept words with "Save as a new entry".
  }

  return (
    <>
      <h1 id="edit-heading" tabIndex={-1}>
        Edit entry
      </h1>
      <p className="field-hint">
        Written: {describeDay(entry.day)}, {formatTime(entry.createdAt)}
      </p>
      {conflict ? (
        <EntryEditConflict
          mine={conflict.mine}
          theirs={conflict.theirs}
          draftId={draftId}
          onKeepMine={() => save(conflict.mine, conflict.theirs.updatedAt)}
          onKeepTheirs={async () => {
            await draft.discard()
            navigate(`/journal/${entry.id}`, { replace: true })
          }}
          onSavedBoth={(newId) => navigate(`/journal/${newId}`, { replace: true })}
        />
      ) : (
        <EntryEditor
          draft={draft}
          onSave={(value) => save(value)}
          onCancel={() => navigate(back, { replace: true })}
          submitLabel="Save changes"
        />
      )}
    </>
  )
}
