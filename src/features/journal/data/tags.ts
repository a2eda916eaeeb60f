import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import type { JournalEntry } from '@/db/types'
import { countTags, type TagCount } from '../logic/tag-suggestions'
import { normaliseTag } from '../logic/tags'

/**
 * Every tag in the journal with how many entries carry it, most used first ("Work" and "work" as
 * one). Read from the `*tags` index's keys alone: no entry is loaded, so it stays quick with years
 * of entries.
 */
export async function getTagCounts(): Promise<TagCount[]> {
  const keys = await db.entries.orderBy('tags').keys()
  return countTags(keys as string[])
}

/** Live tag counts; undefined while loading. */
export function useTagCounts() {
  return useLiveQuery(getTagCounts)
}

/**
 * The ids of the entries that carry `tag` (in any case), through the `*tags` index: for combining
 * with other filters or paging without loading the entries themselves.
 */
export async function getEntryIdsWithTag(tag: string): Promise<string[]> {
  const wanted = normaliseTag(tag)
  if (wanted === '') return []
  return db.entries.where('tags').equalsIgnoreCase(wanted).primaryKeys()
}

/** The entries that carry `tag` (in any case), newest first; at most `limit` of them when given. */
export async function getEntriesWithTag(
  tag: string,
  options: { limit?: number } = {},
): Promise<JournalEntry[]> {
  const wanted = normaliseTag(tag)
  if (wanted === '') return []
  const entries = await db.entries.where('tags').equalsIgnoreCase(wanted).toArray()
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
