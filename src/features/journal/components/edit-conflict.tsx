import { useEffect, useRef } from 'react'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import type { DraftFieldsByKind, JournalEntry } from '@/db/types'
import { formatTime } from '@/lib/dates'
import { addEntry } from '../data/entries'

interface EditConflictProps {
  mine: DraftFieldsByKind['entry']
  theirs: JournalEntry
  draftId: string
  onKeepMine: () => Promise<void>
  onKeepTheirs: () => Promise<void>
  onSavedBoth: (newEntryId: string) => void
}

/**
 * The entry was saved in another tab or window while this one was editing it. Nothing is lost:
 * both texts are shown, and the person keeps theirs, the other, or both as two entries.
 */
export function EditConflict({
  mine,
  theirs,
  draftId,
  onKeepMine,
  onKeepTheirs,
  onSavedBoth,
}: EditConflictProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const { run, pending, problem, attachProblem } = useFormAction(
    async (choice: 'mine' | 'theirs' | 'both') => {
      if (choice === 'mine') await onKeepMine()
      else if (choice === 'theirs') await onKeepTheirs()
      else onSavedBoth((await addEntry(mine, { draftId })).id)
    },
  )

  return (
    <section className="edit-conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        This entry changed in another window
      </h2>
      <p>
        It was saved there at {formatTime(theirs.updatedAt)} while you were editing here. Both
        versions are below; choose what to keep.
      </p>
      <h3>Saved in the other window</h3>
      <p className="edit-conflict__text" dir="auto">
        {theirs.text || '(no words)'}
      </p>
      <h3>Yours, not saved yet</h3>
      <p className="edit-conflict__text" dir="auto">
        {mine.text || '(no words)'}
      </p>
      <FormProblem problem={problem} ref={attachProblem} />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={pending}
          onClick={() => void run('mine')}
        >
          Keep mine
        </button>
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => void run('theirs')}
        >
          Keep theirs
        </button>
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => void run('both')}
        >
          Keep both as two entries
        </button>
      </div>
    </section>
  )
}
