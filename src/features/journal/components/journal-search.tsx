import { useDeferredValue, useId, useMemo, useState } from 'react'
import { describeDay } from '@/lib/dates'
import { useSearchIndex } from '../data/search-index'
import { isFiltered, type EntryFilter } from '../logic/entry-filter'
import {
  excerptAround,
  MAX_QUERY_LENGTH,
  prepareQuery,
  searchEntries,
  type Segment,
} from '../logic/search'
import { EntryLink } from './entry-link'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
}

/** The journal's search field: results follow as the person types. */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const id = useId()
  const query = prepareQuery(value)
  return (
    <form role="search" className="journal-search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id} className="field-label">
        Search your journal
      </label>
      <input
        id={id}
        type="search"
        value={value}
        enterKeyHint="search"
        autoComplete="off"
        aria-describedby={query.blank || query.tooLong ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {query.blank && (
        <p id={`${id}-hint`} className="field-hint">
          Type a word or two to search.
        </p>
      )}
      {query.tooLong && (
        <p id={`${id}-hint`} className="field-hint">
          That is a long search: the journal looks for its first {MAX_QUERY_LENGTH} characters.
        </p>
      )}
    </form>
  )
}

const RESULTS_PAGE = 50

/**
 * Every entry that has all the words searched for, newest first, each with the words around the
 * match marked. Works offline over an index kept in memory (see data/search-index.ts).
 */
export function SearchResults({ value, filter }: { value: string; filter: EntryFilter }) {
  // Typing stays quick: the results follow a moment behind on a slow phone.
  const deferred = useDeferredValue(value)
  const query = useMemo(() => prepareQuery(deferred), [deferred])
  const index = useSearchIndex(true)
  const [limit, setLimit] = useState(RESULTS_PAGE)
  const results = useMemo(
    () => (index ? searchEntries(index, query.terms, filter) : undefined),
    [index, query, filter],
  )

  if (!results) return <p aria-busy="true">Looking through your journal…</p>
  const count = results.length
  return (
    <section aria-label="Search results" className="search-results">
      <p className="search-results__count" role="status">
        {count === 0
          ? `Nothing in your journal mentions “${query.shown}”${isFiltered(filter) ? ' with these filters' : ''}.`
          : `${count} ${count === 1 ? 'entry mentions' : 'entries mention'} “${query.shown}”`}
      </p>
      {count > 0 && (
        <ul className="entry-list">
          {results.slice(0, limit).map((entry) => (
            <li key={entry.id}>
              <EntryLink
                entry={entry}
                day={describeDay(entry.day)}
                excerpt={<Marked segments={excerptAround(entry.text, query.terms)} />}
              />
            </li>
          ))}
        </ul>
      )}
      {count > limit && (
        <button
          type="button"
          className="button button--wide"
          onClick={() => setLimit((shown) => shown + RESULTS_PAGE)}
        >
          Show more results
        </button>
      )}
    </section>
  )
}

/** Plain text with the matches in <mark>: React writes both as text, so nothing typed is HTML. */
function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) =>
    segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text,
  )
}
