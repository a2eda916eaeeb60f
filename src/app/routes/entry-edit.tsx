import { useParams } from 'react-router'
import { EntryEditForm } from '@/features/journal/components/entry-edit-form'
import { useEntry } from '@/features/journal/data/entries'
import { MissingEntry } from './missing-entry'

export function EntryEditRoute() {
  const { entryId = '' } = useParams()
  const entry = useEntry(entryId)
  if (entry === undefined) return <title>Edit entry · Steady</title>
  if (entry === null) return <MissingEntry />
  return (
    <>
      <title>Edit entry · Steady</title>
      <EntryEditForm key={entry.id} entry={entry} />
    </>
  )
}
