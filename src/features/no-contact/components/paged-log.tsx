import { useLiveQuery } from 'dexie-react-hooks'
import { memo, useState, type ReactNode } from 'react'
import { LOG_PAGE_SIZE, nextPageCursor, type PageCursor } from '../data/log-pages'

interface LogRow {
  id: string
  at: string
}

interface PagedLogProps<Row extends LogRow> {
  /** Reads one page by key range (a data module's `read…Page`); keep it the same function. */
  read: (after: PageCursor | null) => Promise<Row[]>
  /** How many rows the log holds (counted on its index): whether there is an older page. */
  total: number
  /**
   * The newest page, read live by the caller together with `total` (one round trip when the
   * screen opens, started beside the screen's other reads); older pages are read here.
   */
  newest: Row[]
  /** One row's content, inside its list item; keep it the same function (useCallback). */
  render: (row: Row) => ReactNode
  className: string
  moreLabel: string
  moreClassName?: string
}

/**
 * A log of years, newest first, a page at a time: each page reads only its own rows by key range
 * and is its own memoised component, so showing older rows neither reads nor redraws the newer.
 */
export function PagedLog<Row extends LogRow>({
  read,
  total,
  newest,
  render,
  className,
  moreLabel,
  moreClassName = '',
}: PagedLogProps<Row>) {
  const [pages, setPages] = useState(1)
  return (
    <>
      <ul className={className}>
        <PageRows rows={newest} read={read} render={render} after={null} remaining={pages - 1} />
      </ul>
      {total > pages * LOG_PAGE_SIZE && (
        <button
          type="button"
          className={`button button--wide ${moreClassName}`.trim()}
          onClick={() => setPages((shown) => shown + 1)}
        >
          {moreLabel}
        </button>
      )}
    </>
  )
}

interface LogPageProps<Row extends LogRow> {
  read: (after: PageCursor | null) => Promise<Row[]>
  render: (row: Row) => ReactNode
  after: PageCursor | null
  /** How many older pages follow this one. */
  remaining: number
}

function LogPageRows<Row extends LogRow>({ read, render, after, remaining }: LogPageProps<Row>) {
  const rows = useLiveQuery(() => read(after), [read, after?.at, after?.skip])
  if (!rows) return null
  return <PageRows rows={rows} read={read} render={render} after={after} remaining={remaining} />
}

/** One page's rows, then the next page (read by its own component) while more are asked for. */
function PageRows<Row extends LogRow>({
  rows,
  read,
  render,
  after,
  remaining,
}: LogPageProps<Row> & { rows: Row[] }) {
  const next = remaining > 0 ? nextPageCursor(rows, after) : null
  return (
    <>
      {rows.map((row) => (
        <li key={row.id}>{render(row)}</li>
      ))}
      {next && <LogPage read={read} render={render} after={next} remaining={remaining - 1} />}
    </>
  )
}

// The cursor is a fresh object on every render of the page before: compare what it says.
const LogPage = memo(
  LogPageRows,
  (before, after) =>
    before.read === after.read &&
    before.render === after.render &&
    before.remaining === after.remaining &&
    before.after?.at === after.after?.at &&
    before.after?.skip === after.after?.skip,
) as typeof LogPageRows
