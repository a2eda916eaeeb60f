import type { CalendarDay, EntryKind, JournalEntry, Mood } from '@/db/types'
import { parseCalendarDay } from '@/lib/dates'
import { isMood } from './moods'
import { MAX_TAG_LENGTH, normaliseTag, tagKey } from './tags'

/** What the journal list is narrowed to; `null` everywhere is every entry. */
export interface EntryFilter {
  mood: Mood | null
  kind: EntryKind | null
  /** First day shown (included). */
  from: CalendarDay | null
  /** Last day shown (included). */
  to: CalendarDay | null
  /** Entries with this tag, in any case. */
  tag: string | null
}

export const NO_FILTER: EntryFilter = { mood: null, kind: null, from: null, to: null, tag: null }

/** The kinds as the address bar spells them: "entry" is what the journal calls a note. */
const KIND_PARAMS: Record<string, EntryKind> = {
  'check-in': 'check-in',
  entry: 'note',
  letter: 'letter',
}

export function kindParam(kind: EntryKind): string {
  return kind === 'note' ? 'entry' : kind
}

export interface ParsedFilter {
  filter: EntryFilter
  /** The dates came in the wrong order and were swapped, so the person can be told. */
  swapped: boolean
}

/**
 * Reads the filter from the address (`?mood=2&kind=letter&from=2026-01-01&to=2026-01-31`). Anything
 * that is not a real mood, kind or date is ignored rather than refused: an old or hand-edited link
 * still opens the journal.
 */
export function parseFilter(params: URLSearchParams): ParsedFilter {
  const moodValue = Number(params.get('mood'))
  const mood = isMood(moodValue) ? moodValue : null
  const kind = KIND_PARAMS[params.get('kind') ?? ''] ?? null
  let from = readDay(params.get('from'))
  let to = readDay(params.get('to'))
  const swapped = from !== null && to !== null && from > to
  if (swapped) [from, to] = [to, from]
  const tag = [...normaliseTag(params.get('tag') ?? '')].slice(0, MAX_TAG_LENGTH).join('') || null
  return { filter: { mood, kind, from, to, tag }, swapped }
}

function readDay(value: string | null): CalendarDay | null {
  return value !== null && parseCalendarDay(value) ? value : null
}

/** Writes `changes` into the address's parameters, dropping empty ones; other parameters stay. */
export function withFilter(
  params: URLSearchParams,
  changes: Partial<EntryFilter>,
): URLSearchParams {
  const next = new URLSearchParams(params)
  const set = (key: string, value: string | null) => {
    if (value === null || value === '') next.delete(key)
    else next.set(key, value)
  }
  if ('mood' in changes) set('mood', changes.mood == null ? null : String(changes.mood))
  if ('kind' in changes) set('kind', changes.kind == null ? null : kindParam(changes.kind))
  if ('from' in changes) set('from', changes.from ?? null)
  if ('to' in changes) set('to', changes.to ?? null)
  if ('tag' in changes) set('tag', changes.tag ?? null)
  return next
}

export function isFiltered(filter: EntryFilter): boolean {
  return (
    filter.mood !== null ||
    filter.kind !== null ||
    filter.from !== null ||
    filter.to !== null ||
    filter.tag !== null
  )
}

/** Whether `entry` is one the filter keeps. */
export function matchesFilter(
  entry: Pick<JournalEntry, 'mood' | 'kind' | 'day' | 'tags'>,
  filter: EntryFilter,
): boolean {
  const wanted = filter.tag === null ? null : tagKey(filter.tag)
  return (
    (wanted === null || (entry.tags ?? []).some((tag) => tagKey(tag) === wanted)) &&
    (filter.mood === null || entry.mood === filter.mood) &&
    (filter.kind === null || entry.kind === filter.kind) &&
    (filter.from === null || entry.day >= filter.from) &&
    (filter.to === null || entry.day <= filter.to)
  )
}

/** A stable key for a filter, so a list can start over when the filter changes. */
export function filterKey(filter: EntryFilter): string {
  return JSON.stringify([filter.mood, filter.kind, filter.from, filter.to, filter.tag])
}
