import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { Link } from '@/components/link'
import { EntryList } from '@/features/journal/components/entry-list'
import { JournalFilters } from '@/features/journal/components/journal-filters'
import { SearchBox, SearchResults } from '@/features/journal/components/journal-search'
import {
  filterKey,
  parseFilter,
  withFilter,
  type EntryFilter,
} from '@/features/journal/logic/entry-filter'
import { prepareQuery } from '@/features/journal/logic/search'

export function JournalRoute() {
  const [params, setParams] = useSearchParams()
  const { filter: parsed, swapped } = parseFilter(params)
  const { mood, kind, from, to, tag } = parsed
  // One filter object per distinct filter, so the memoised pages keep theirs between renders.
  const filter = useMemo(() => ({ mood, kind, from, to, tag }), [mood, kind, from, to, tag])
  // Each change is a step in history, so Back undoes it.
  const change = (changes: Partial<EntryFilter>) => setParams(withFilter(params, changes))
  const search = params.get('q') ?? ''
  const searching = prepareQuery(search).terms.length > 0
  const changeSearch = (value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set('q', value)
    else next.delete('q')
    // Starting a search is one step back; each letter typed is not.
    setParams(next, { replace: search !== '' })
  }
  return (
    <>
      <title>Journal · Steady</title>
      <header className="page-header">
        <h1 tabIndex={-1}>Journal</h1>
        <p className="lede">Everything you have written, newest first.</p>
        <p>
          <Link className="button" to="/journal/month">
            Month view
          </Link>
        </p>
      </header>
      <SearchBox value={search} onChange={changeSearch} />
      <JournalFilters
        filter={filter}
        swapped={swapped}
        onChange={change}
        clear={
          <Link className="button button--quiet" to="/journal">
            Clear filters
          </Link>
        }
      />
      {searching ? (
        <SearchResults value={search} filter={filter} />
      ) : (
        <EntryList key={filterKey(filter)} filter={filter} />
      )}
    </>
  )
}
