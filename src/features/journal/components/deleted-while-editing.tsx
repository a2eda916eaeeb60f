import { useNavigate } from 'react-router'
import { DeletedWhileEditing } from '@/components/form/edit-conflict'
import type { DraftOf } from '@/db/types'
import { addEntry, discardEditDraft, editDraftId } from '../data/entries'

/**
 * The entry being edited was deleted (perhaps in another window), but unsaved words for it were
 * kept: the kit's choices, saving them as a new entry.
 */
export function EntryDeletedWhileEditing({
  entryId,
  draft,
}: {
  entryId: string
  draft: DraftOf<'entry'>
}) {
  const navigate = useNavigate()
  return (
    <>
      <title>Entry deleted · Steady</title>
      <DeletedWhileEditing
        title="This entry was deleted"
        words={draft.fields.text}
        saveLabel="Save as a new entry"
        onSave={async () => {
          const entry = await addEntry(draft.fields, { draftId: editDraftId(entryId) })
          navigate(`/journal/${entry.id}`, { replace: true })
        }}
        onLetGo={async () => {
          await discardEditDraft(entryId)
          navigate('/journal', { replace: true })
        }}
      >
        It may have been deleted in another window. What you were writing is still here; Undo there
        brings the entry back, or save your words as a new entry.
      </DeletedWhileEditing>
    </>
  )
}
