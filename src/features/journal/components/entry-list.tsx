import { memo, useEffect, useRef, useState } from 'react'
import { Link } from '@/components/link'
import { EmptyState } from '@/components/empty-state'
import type { CalendarDay } from '@/db/types'
import { describeDay } from '@/lib/dates'
import {
  findFirstPage,
  findPageStart,
  useHasOlder,
  usePageEntries,
  type PageRange,
} from '../data/journal-pages'
import { isFiltered, type EntryFilter } from '../logic/entry-filter'
import { groupEntriesByDay } from '../logic/group-by-day'
import { EntryLink } from './entry-link'

/**
 * Every entry the filter keeps, newest first, grouped by day, a page at a time. Each page reads its
 * own days by key range and is its own memoised component, so "Show older entries" reads and draws
 * only the new page, however much is already shown. Give it a `key` that changes with the filter.
 */
export function EntryList({ filter }: { filter: EntryFilter }) {
  const [pages, setPages] = useState<PageRange[] | null>(null)
  // A failed read is thrown while rendering, so the screen's error boundary explains it.
  const [failure, setFailure] = useState<unknown>(null)
  const anyEntry = useHasOlder(filter, null)
  const loading = useRef(false)

  useEffect(() => {
    let current = true
    findFirstPage(filter).then(
      (first) => current && setPages([first]),
      (error: unknown) =>
        current && setFailure(error ?? new Error('The journal could not be read')),
    )
    return () => {
      current = false
    }
  }, [filter])

  if (failure) throw failure
  if (pages === null || anyEntry === undefined) {
    return <p aria-busy="true">Opening your journal…</p>
  }
  if (!anyEntry) return <NothingHere filter={filter} />

  const last = pages[pages.length - 1] as PageRange
  const showOlder = async () => {
    if (loading.current) return
    loading.current = true
    try {
      const next = await findPageStart(filter, last.from)
      if (next) setPages((shown) => (shown ? [...shown, next] : [next]))
    } catch (error) {
      setFailure(error ?? new Error('The journal could not be read'))
    } finally {
      loading.current = false
    }
  }

  return (
    <>
      {pages.map((page) => (
        <JournalPage key={page.from} filter={filter} from={page.from} before={page.before} />
      ))}
      <OlderButton filter={filter} from={last.from} onShow={showOlder} />
    </>
  )
}

interface JournalPageProps {
  filter: EntryFilter
  from: CalendarDay
  before: CalendarDay | null
}

/** One page of days: re-renders only when its own days change. */
const JournalPage = memo(function JournalPage({ filter, from, before }: JournalPageProps) {
  const entries = usePageEntries(filter, { from, before })
  if (!entries) return null
  return groupEntriesByDay(entries).map((group) => (
    <section key={group.day} className="day-group" aria-labelledby={`day-${group.day}`}>
      <h2 id={`day-${group.day}`} className="day-group__heading">
        {describeDay(group.day)}
      </h2>
      <ul className="entry-list">
        {group.entries.map((entry) => (
          <li key={entry.id}>
            <EntryLink entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  ))
})

function OlderButton({
  filter,
  from,
  onShow,
}: {
  filter: EntryFilter
  from: CalendarDay
  onShow: () => Promise<void>
}) {
  const hasOlder = useHasOlder(filter, from)
  if (!hasOlder) return null
  return (
    <button type="button" className="button button--wide" onClick={() => void onShow()}>
      Show older entries
    </button>
  )
}

const KIND_EMPTY = {
  'check-in': 'No check-ins here',
  note: 'No entries here',
  letter: 'No unsent letters here',
} as const

function NothingHere({ filter }: { filter: EntryFilter }) {
  if (!isFiltered(filter)) {
    return (
      <EmptyState
        illustration="notebook"
        title="Nothing here yet"
        action={
          <Link className="button button--primary" to="/?check-in">
            Write your first check-in
          </Link>
        }
      >
        Your check-ins and entries will gather here, newest first.
      </EmptyState>
    )
  }
  return (
    <EmptyState
      illustration="notebook"
      title={filter.kind ? KIND_EMPTY[filter.kind] : 'Nothing matches'}
      action={
        <Link className="button" to="/journal">
          Show everything
        </Link>
      }
    >
      Nothing in your journal fits these filters. Try fewer of them.
    </EmptyState>
  )
}
