import { EditConflict } from '@/components/form/edit-conflict'
import type { DraftFieldsByKind, JournalEntry } from '@/db/types'
import { formatTime } from '@/lib/dates'
import { addEntry } from '../data/entries'

interface EntryEditConflictProps {
  mine: DraftFieldsByKind['entry']
  theirs: JournalEntry
  draftId: string
  onKeepMine: () => Promise<void>
  onKeepTheirs: () => Promise<void>
  onSavedBoth: (newEntryId: string) => void
}

/**
 * The entry was saved in another tab or window while this one was editing it: the kit's choices,
 * with "both" kept as two entries.
 */
export function EntryEditConflict({
  mine,
  theirs,
  draftId,
  onKeepMine,
  onKeepTheirs,
  onSavedBoth,
}: EntryEditConflictProps) {
  return (
    <EditConflict
      title="This entry changed in another window"
      theirs={theirs.text}
      mine={mine.text}
      onKeepMine={onKeepMine}
      onKeepTheirs={onKeepTheirs}
      keepBoth={{
        label: 'Keep both as two entries',
        run: async () => onSavedBoth((await addEntry(mine, { draftId })).id),
      }}
    >
      It was saved there at {formatTime(theirs.updatedAt)} while you were editing here. Both
      versions are below; choose what to keep.
    </EditConflict>
  )
}
