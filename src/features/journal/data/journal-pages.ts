import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import type { CalendarDay, JournalEntry } from '@/db/types'
import { matchesFilter, type EntryFilter, NO_FILTER } from '../logic/entry-filter'
import { getEntriesWithTag } from './tags'

/**
 * About a few weeks of daily check-ins. A page may hold more: a day is never split across pages, so
 * the page that reaches a busy day takes all of it.
 */
export const PAGE_SIZE = 60

/** Below every calendar day ('yyyy-MM-dd'): the lower end of "every day". */
const FIRST_DAY = ''
/** Above every calendar day. */
const LAST_DAY = '\uffff'

/**
 * The days a page covers: from `from` (included) up to `before` (excluded; `null` for the first
 * page, which stays open upwards so today's new entries appear in it).
 */
export interface PageRange {
  from: CalendarDay
  before: CalendarDay | null
}

/**
 * The entries from day `from` up to `before` (excluded) and the filter's `to` day (included), by the
 * `day` index; `null` when that range is empty.
 */
function daysBetween(from: CalendarDay, before: CalendarDay | null, to: CalendarDay | null) {
  const toExclusive = to === null ? LAST_DAY : `${to}\uffff`
  const hi = before === null || toExclusive < before ? toExclusive : before
  return hi <= from ? null : db.entries.where('day').between(from, hi, true, false)
}

function needsRows(filter: EntryFilter): boolean {
  return filter.mood !== null || filter.kind !== null
}

/**
 * With a tag, the tag's own entries (through the tag index: a handful next to the whole
 * journal) that fit the rest of the filter and lie from `from` up to `before`, newest day first.
 */
async function taggedBetween(
  filter: EntryFilter & { tag: string },
  from: CalendarDay,
  before: CalendarDay | null,
): Promise<JournalEntry[]> {
  const entries = await getEntriesWithTag(filter.tag)
  return entries
    .filter(
      (entry) =>
        entry.day >= from &&
        (before === null || entry.day < before) &&
        matchesFilter(entry, filter),
    )
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0))
}

function hasTag(filter: EntryFilter): filter is EntryFilter & { tag: string } {
  return filter.tag !== null
}

/**
 * Where the next page starts: the day of the `PAGE_SIZE`-th matching entry older than `before`
 * (so that whole day is in the page), or the very first day when fewer are left. `null` when
 * nothing older matches. Reads at most one page by key range; without a mood or kind filter it
 * reads only index keys, never the entries themselves.
 */
export async function findPageStart(
  filter: EntryFilter,
  before: CalendarDay | null,
): Promise<PageRange | null> {
  const range = daysBetween(filter.from ?? FIRST_DAY, before, filter.to)
  if (!range) return null
  const days = hasTag(filter)
    ? (await taggedBetween(filter, filter.from ?? FIRST_DAY, before))
        .slice(0, PAGE_SIZE)
        .map((entry) => entry.day)
    : needsRows(filter)
      ? (
          await range
            .reverse()
            .filter((entry) => matchesFilter(entry, filter))
            .limit(PAGE_SIZE)
            .toArray()
        ).map((entry) => entry.day)
      : ((await range.reverse().limit(PAGE_SIZE).keys()) as CalendarDay[])
  if (days.length === 0) return null
  const from = days.length < PAGE_SIZE ? (filter.from ?? FIRST_DAY) : (days.at(-1) as CalendarDay)
  return { from, before }
}

/** The first page of the journal, as `filter` shows it: every day when the filter matches little. */
export async function findFirstPage(filter: EntryFilter = NO_FILTER): Promise<PageRange> {
  return (await findPageStart(filter, null)) ?? { from: filter.from ?? FIRST_DAY, before: null }
}

/** One page's entries, live: an entry written, changed or deleted within its days shows at once. */
export function usePageEntries(filter: EntryFilter, page: PageRange) {
  return useLiveQuery(async () => {
    // A page's range lies within the filter's dates: findPageStart starts no page before them.
    const range = daysBetween(page.from, page.before, filter.to)
    if (!range) return []
    if (hasTag(filter)) return taggedBetween(filter, page.from, page.before)
    const entries = await range.toArray()
    return needsRows(filter) ? entries.filter((entry) => matchesFilter(entry, filter)) : entries
  }, [filter, page.from, page.before])
}

/**
 * Whether anything matching `filter` is older than `from` (with `null`: whether anything matches at
 * all), live: a restored entry brings it back. Stops at the first match.
 */
export function useHasOlder(filter: EntryFilter, from: CalendarDay | null) {
  return useLiveQuery(async () => {
    const range = daysBetween(filter.from ?? FIRST_DAY, from, filter.to)
    if (!range) return false
    if (hasTag(filter))
      return (await taggedBetween(filter, filter.from ?? FIRST_DAY, from)).length > 0
    if (!needsRows(filter)) return (await range.limit(1).primaryKeys()).length > 0
    const first: JournalEntry | undefined = await range
      .filter((entry) => matchesFilter(entry, filter))
      .first()
    return first !== undefined
  }, [filter, from])
}
