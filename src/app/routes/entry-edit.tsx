import { useLocation, useParams } from 'react-router'
import { EntryEditForm } from '@/features/journal/components/entry-edit-form'
import { useEntry } from '@/features/journal/data/entries'
import { MissingEntry } from './missing-entry'

export function EntryEditRoute() {
  const { entryId = '' } = useParams()
  const entry = useEntry(entryId)
  // Opened from Today's "Edit check-in": saving or cancelling goes back there.
  const from = (useLocation().state as { from?: unknown } | null)?.from
  const returnTo = from === '/' ? '/' : undefined
  if (entry === undefined) return <title>Edit entry · Steady</title>
  if (entry === null) return <MissingEntry />
  return (
    <>
      <title>Edit entry · Steady</title>
      <EntryEditForm key={entry.id} entry={entry} returnTo={returnTo} />
    </>
  )
}
