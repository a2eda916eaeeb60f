import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'
import { useEffect, useSyncExternalStore } from 'react'
import { db } from '@/db/db'
import { forgetOnLock, getDataKey, subscribeToDataKey } from '@/db/vault'
import type { JournalEntry } from '@/db/types'
import { buildSearchIndex, patchSearchIndex, type SearchIndex } from '../logic/search'

/*
 * The journal search keeps every entry's folded text in memory, built the first time someone
 * searches and patched entry by entry as entries change, in this tab or another. Chosen over a
 * word index in Dexie because: it finds any part of a word in any script (a word index needs word
 * boundaries, which Chinese or Thai do not write), it costs no schema change and no writes on
 * every save, and it never stores the person's words a second time on disk — which matters once
 * entries are encrypted at rest: an index built after unlock lives in this tab's memory until the
 * app locks (or everything is deleted), and is built again after the next unlock.
 */

let index: SearchIndex | null = null
let building: Promise<void> | null = null
/** Changes seen while the index was being built, applied when it is ready. */
let pendingIds: Set<string> | null = null
let stale = false
const listeners = new Set<() => void>()
/** Bumped whenever the index is forgotten, so a build or patch begun before it publishes nothing. */
let generation = 0
/** How many screens are searching now: after an unlock, the index is rebuilt only for them. */
let searching = 0

function publish(next: SearchIndex | null) {
  index = next
  for (const listener of listeners) listener()
}

async function build(): Promise<void> {
  const own = generation
  pendingIds = new Set()
  stale = false
  const entries = await db.entries.toArray()
  // Locked meanwhile: what was read is dropped with everything else (forgetSearchIndex).
  if (own !== generation) return
  // Locked: the rows came back sealed. Nothing is indexed until the key is back (see below).
  if (entries.some((entry) => typeof entry.text !== 'string')) {
    building = null
    pendingIds = null
    return
  }
  let next = buildSearchIndex(entries)
  const ids = pendingIds
  pendingIds = null
  if (stale) {
    building = null
    return ensureIndex()
  }
  if (ids.size > 0) next = await patchFromDatabase(next, [...ids])
  if (own !== generation) return
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
  const own = generation
  patching = patching.then(async () => {
    if (!index || own !== generation) return
    const next = await patchFromDatabase(index, ids)
    if (own === generation) publish(next)
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
    if (!enabled) return
    searching += 1
    return () => {
      searching -= 1
    }
  }, [enabled])
  useEffect(() => {
    if (enabled) void ensureIndex()
  }, [enabled, current])
  return current ?? undefined
}

/**
 * Forgets the index: every entry's text kept in memory goes. Called whenever the lock's key is
 * dropped (locking here or in another tab, "Delete everything"), and by tests.
 */
export function forgetSearchIndex() {
  generation += 1
  building = null
  pendingIds = null
  publish(null)
}

forgetOnLock(forgetSearchIndex)
// Unlocked again: a screen still searching gets its index back, built from the opened rows.
subscribeToDataKey(() => {
  if (getDataKey() && searching > 0) void ensureIndex()
})
