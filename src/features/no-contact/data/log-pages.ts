import type { Table } from 'dexie'

/**
 * Where a page of a log (urges, contacts) begins: at or before `at` on the `at` index, past the
 * `skip` rows at exactly `at` that the page before already showed (times are often to the minute,
 * so several rows can share one). Null: the newest rows.
 */
export interface PageCursor {
  at: string
  skip: number
}

/** How many rows a log shows at a time: weeks at a glance, older ones on request. */
export const LOG_PAGE_SIZE = 30

/**
 * One page of a log, newest first, read by key range on the `at` index: only the rows shown are
 * read, however many years the log holds.
 */
export function readLogPage<Row extends { at: string }, Insert>(
  table: Table<Row, string, Insert>,
  after: PageCursor | null,
  size = LOG_PAGE_SIZE,
): Promise<Row[]> {
  const newestFirst = after
    ? table.where('at').belowOrEqual(after.at).reverse().offset(after.skip)
    : table.orderBy('at').reverse()
  return newestFirst.limit(size).toArray()
}

/** Where the page after `rows` begins; null when `rows` was the last page (short of `size`). */
export function nextPageCursor(
  rows: readonly { at: string }[],
  after: PageCursor | null,
  size = LOG_PAGE_SIZE,
): PageCursor | null {
  const last = rows.at(-1)
  if (!last || rows.length < size) return null
  const sameTime = rows.filter((row) => row.at === last.at).length
  return { at: last.at, skip: sameTime + (after?.at === last.at ? after.skip : 0) }
}
