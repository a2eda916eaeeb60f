import { useNavigate } from 'react-router'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import type { DraftOf } from '@/db/types'
import { addEntry, discardEditDraft, editDraftId } from '../data/entries'

/**
 * The entry being edited was deleted (perhaps in another window), but unsaved words for it were
 * kept. They are shown, never dropped: save them as a new entry, or let them go on purpose.
 */
export function DeletedWhileEditing({
  entryId,
  draft,
}: {
  entryId: string
  draft: DraftOf<'entry'>
}) {
  const navigate = useNavigate()
  const { run, pending, problem, attachProblem } = useFormAction(
    async (choice: 'save' | 'discard') => {
      if (choice === 'save') {
        const entry = await addEntry(draft.fields, { draftId: editDraftId(entryId) })
        navigate(`/journal/${entry.id}`, { replace: true })
      } else {
        await discardEditDraft(entryId)
        navigate('/journal', { replace: true })
      }
    },
  )
  return (
    <>
      <title>Entry deleted · Steady</title>
      <h1 tabIndex={-1}>This entry was deleted</h1>
      <p>
        It may have been deleted in another window. What you were writing is still here; Undo there
        brings the entry back, or save your words as a new entry.
      </p>
      <p className="edit-conflict__text" dir="auto">
        {draft.fields.text || '(no words)'}
      </p>
      <FormProblem problem={problem} ref={attachProblem} />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={pending}
          onClick={() => void run('save')}
        >
          Save as a new entry
        </button>
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => void run('discard')}
        >
          Let these words go
        </button>
      </div>
    </>
  )
}
