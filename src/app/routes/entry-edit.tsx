import { BackLink } from '@/components/back-link'
import { useLocation, useParams } from 'react-router'
import { EntryDeletedWhileEditing } from '@/features/journal/components/deleted-while-editing'
import { EntryEditForm } from '@/features/journal/components/entry-edit-form'
import { useEditDraft, useEntry } from '@/features/journal/data/entries'
import { MissingEntry } from './missing-entry'

export function EntryEditRoute() {
  const { entryId = '' } = useParams()
  const entry = useEntry(entryId)
  const draft = useEditDraft(entryId)
  // Opened from Today's "Edit check-in": saving or cancelling goes back there.
  const from = (useLocation().state as { from?: unknown } | null)?.from
  const returnTo = from === '/' ? '/' : undefined
  if (entry === undefined || draft === undefined) return <title>Edit entry · Steady</title>
  // Deleted while someone was editing it: the unsaved words are kept and offered, never dropped.
  if (entry === null && draft) return <EntryDeletedWhileEditing entryId={entryId} draft={draft} />
  if (entry === null) return <MissingEntry />
  return (
    <>
      <title>Edit entry · Steady</title>
      <BackLink to={returnTo ?? `/journal/${entry.id}`}>
        {returnTo ? 'Today' : 'The entry'}
      </BackLink>
      <EntryEditForm key={entry.id} entry={entry} returnTo={returnTo} />
    </>
  )
}
