import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { keysToFind, TAG_INDEX, tagWithIndexKey } from '@/db/tag-index'
import type { JournalEntry } from '@/db/types'
import { countTags, type TagCount } from '../logic/tag-suggestions'
import { normaliseTag } from '../logic/tags'

/** Entries read per tag to find how it is spelled: the spelling most used among them wins. */
const SPELLING_SAMPLE = 5

/**
 * Every tag in the journal with how many entries carry it, most used first ("Work" and "work" as
 * one). Counted from the tag index's keys alone; only to spell each tag are a few of its entries
 * opened (under the lock the keys are blind: src/db/tag-index.ts), so it stays quick with years of
 * entries.
 */
export async function getTagCounts(): Promise<TagCount[]> {
  const keys = (await db.entries.orderBy(TAG_INDEX).keys()) as string[]
  const perKey = new Map<string, number>()
  for (const key of keys) perKey.set(key, (perKey.get(key) ?? 0) + 1)
  const spelled = await Promise.all(
    [...perKey].map(async ([key, count]) => {
      const entries = await db.entries.where(TAG_INDEX).equals(key).limit(SPELLING_SAMPLE).toArray()
      const spellings = await Promise.all(entries.map((e) => tagWithIndexKey(e.tags ?? [], key)))
      const tag = mostCommon(spellings.filter((found) => found !== undefined))
      return tag === undefined ? [] : [{ tag, count }]
    }),
  )
  // A tag can sit under two keys while the lock is turned on or off: counted as one.
  return countTags(spelled.flat())
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, n] of counts) if (best === undefined || n > counts.get(best)!) best = value
  return best
}

/** Live tag counts; undefined while loading. */
export function useTagCounts() {
  return useLiveQuery(getTagCounts)
}

/**
 * The ids of the entries that carry `tag` (in any case), through the tag index: for combining
 * with other filters or paging without loading the entries themselves.
 */
export async function getEntryIdsWithTag(tag: string): Promise<string[]> {
  if (normaliseTag(tag) === '') return []
  return db.entries.where(TAG_INDEX).anyOf(await keysToFind(tag)).primaryKeys()
}

/** The entries that carry `tag` (in any case), newest first; at most `limit` of them when given. */
export async function getEntriesWithTag(
  tag: string,
  options: { limit?: number } = {},
): Promise<JournalEntry[]> {
  if (normaliseTag(tag) === '') return []
  const entries = await db.entries.where(TAG_INDEX).anyOf(await keysToFind(tag)).toArray()
  entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
  return options.limit === undefined ? entries : entries.slice(0, options.limit)
}

/** Live entries with `tag`, newest first; undefined while loading. */
export function useEntriesWithTag(tag: string, options: { limit?: number } = {}) {
  const { limit } = options
  return useLiveQuery(
    () => getEntriesWithTag(tag, limit === undefined ? {} : { limit }),
    [tag, limit],
  )
}
