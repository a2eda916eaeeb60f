import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'
import { useEffect, useSyncExternalStore } from 'react'
import { db } from '@/db/db'
import type { JournalEntry } from '@/db/types'
import { buildSearchIndex, patchSearchIndex, type SearchIndex } from '../logic/search'

/*
 * The journal search keeps every entry's folded text in memory, built the first time someone
 * searches and patched entry by entry as entries change, in this tab or another. Chosen over a
 * word index in Dexie because: it finds any part of a word in any script (a word index needs word
 * boundaries, which Chinese or Thai do not write), it costs no schema change and no writes on
 * every save, and it never stores the person's words a second time on disk — which matters once
 * entries are encrypted at rest: an index built after unlock lives only as long as the page.
 */

let index: SearchIndex | null = null
let building: Promise<void> | null = null
/** Changes seen while the index was being built, applied when it is ready. */
let pendingIds: Set<string> | null = null
let stale = false
const listeners = new Set<() => void>()

function publish(next: SearchIndex | null) {
  index = next
  for (const listener of listeners) listener()
}

async function build(): Promise<void> {
  pendingIds = new Set()
  stale = false
  const entries = await db.entries.toArray()
  let next = buildSearchIndex(entries)
  const ids = pendingIds
  pendingIds = null
  if (stale) {
    building = null
    return ensureIndex()
  }
  if (ids.size > 0) next = await patchFromDatabase(next, [...ids])
  building = null
  publish(next)
}

async function patchFromDatabase(current: SearchIndex, ids: string[]): Promise<SearchIndex> {
  const rows = await db.entries.bulkGet(ids)
  const changed = rows.filter((row): row is JournalEntry => row !== undefined)
  const removed = ids.filter((_, i) => rows[i] === undefined)
  return patchSearchIndex(current, changed, removed)
}

/** Starts building the index if it is not built or being built. */
export function ensureIndex(): Promise<void> {
  if (index) return Promise.resolve()
  building ??= build()
  return building
}

/** The ids a mutation touched, or `null` when it touched a range (a clear, a restore): rebuild. */
function changedIds(tree: IntervalTree): string[] | null {
  const ids: string[] = []
  for (const node of RangeSet(tree)) {
    if (node.from !== node.to || typeof node.from !== 'string') return null
    ids.push(node.from)
  }
  return ids
}

const ENTRIES_PART = `idb://${db.name}/entries/`

let patching: Promise<void> = Promise.resolve()

function onMutated(parts: ObservabilitySet) {
  const tree = parts[ENTRIES_PART]
  if (!tree) return
  const ids = changedIds(tree)
  if (pendingIds) {
    if (ids) for (const id of ids) pendingIds.add(id)
    else stale = true
    return
  }
  if (!index) return
  if (!ids) {
    publish(null)
    if (listeners.size > 0) void ensureIndex()
    return
  }
  // One patch after another, each from the index the one before left.
  patching = patching.then(async () => {
    if (index) publish(await patchFromDatabase(index, ids))
  })
}

let listening = false

function subscribe(listener: () => void) {
  if (!listening) {
    Dexie.on('storagemutated', onMutated)
    listening = true
  }
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The search index, built on first use (undefined while it is being built) and kept up to date.
 * Pass `enabled: false` until the person starts searching, so opening the journal reads no more
 * than its first page.
 */
export function useSearchIndex(enabled: boolean): SearchIndex | undefined {
  const current = useSyncExternalStore(subscribe, () => index)
  useEffect(() => {
    if (enabled) void ensureIndex()
  }, [enabled, current])
  return current ?? undefined
}

/** Forgets the index (tests start from an empty database; a lock could call this too). */
export function forgetSearchIndex() {
  building = null
  pendingIds = null
  publish(null)
}
