import { BackLink } from '@/components/back-link'
import { useParams } from 'react-router'
import { EntryDetail } from '@/features/journal/components/entry-detail'
import { useEntry } from '@/features/journal/data/entries'
import { MissingEntry } from './missing-entry'

export function EntryRoute() {
  const { entryId = '' } = useParams()
  const entry = useEntry(entryId)
  if (entry === undefined) return <title>Entry · Steady</title>
  if (entry === null) return <MissingEntry />
  return (
    <>
      <title>Entry · Steady</title>
      <BackLink to="/journal">Journal</BackLink>
      <EntryDetail entry={entry} />
    </>
  )
}
