import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { EntryList } from '@/features/journal/components/entry-list'
import { filterKey, parseFilter } from '@/features/journal/logic/entry-filter'

export function JournalRoute() {
  const [params] = useSearchParams()
  const parsed = parseFilter(params)
  const { mood, kind, from, to } = parsed.filter
  // One filter object per distinct filter, so the memoised pages keep theirs between renders.
  const filter = useMemo(() => ({ mood, kind, from, to }), [mood, kind, from, to])
  const key = filterKey(filter)
  return (
    <>
      <title>Journal · Steady</title>
      <header className="page-header">
        <h1 tabIndex={-1}>Journal</h1>
        <p className="lede">Everything you have written, newest first.</p>
      </header>
      <EntryList key={key} filter={filter} />
    </>
  )
}
