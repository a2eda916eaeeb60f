import { startOfWeek } from 'date-fns'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import {
  saveEditEndingDraft,
  saveEndingDraft,
  type EditOutcome,
  type EditsVersion,
  type EndsDraft,
} from '@/db/drafts'
import type { UrgeLog } from '@/db/types'
import { createId } from '@/lib/ids'
import { assertValid, validateIntensity, validateNote, validateWhen } from '../logic/validate'
import { readLogPage, type PageCursor } from './log-pages'

// Sole owner of the `urges` table (restore and erase aside): urges to contact the ex, and what
// was done instead.

/** One page of urges, newest first, older than `after` (see log-pages.ts). */
export function readUrgePage(after: PageCursor | null): Promise<UrgeLog[]> {
  return readLogPage(db.urges, after)
}

/** Urges noted from `from` on, oldest first: a key range on the `at` index; undefined while loading. */
export function useUrgesSince(from: Date) {
  const since = from.toISOString()
  return useLiveQuery(() => db.urges.where('at').aboveOrEqual(since).toArray(), [since])
}

/** The urge log as the tracker opens it: the counts and the newest page, in one read. */
export interface UrgeLogHead {
  /** Since Monday (the week as the person's calendar shows it). */
  thisWeek: number
  total: number
  /** The first page, newest first (older pages are read as they are asked for). */
  newest: UrgeLog[]
}

/**
 * Urges since Monday and in all, counted on the `at` index, with the newest page read by key
 * range: one round trip, however many years the log holds.
 */
export function useUrgeLog(now: Date): UrgeLogHead | undefined {
  const weekStart = startOfWeek(now, { weekStartsOn: 1 }).toISOString()
  return useLiveQuery(async () => {
    const [thisWeek, total, newest] = await Promise.all([
      db.urges.where('at').aboveOrEqual(weekStart).count(),
      db.urges.count(),
      readUrgePage(null),
    ])
    return { thisWeek, total, newest }
  }, [weekStart])
}

export function useUrge(id: string) {
  return useLiveQuery(async () => (await db.urges.get(id)) ?? null, [id])
}

export type UrgeInput = Pick<UrgeLog, 'trigger' | 'helped' | 'waitedMinutes'> & {
  intensity: number | null
  at: Date
}

/** The stored fields of an urge, once valid. */
function toUrgeFields(input: UrgeInput, now: Date) {
  assertValid(
    validateIntensity(input.intensity),
    validateWhen(input.at, now, 'urge'),
    validateNote(input.trigger, 'What set it off'),
    validateNote(input.helped, 'What helped'),
  )
  return {
    at: input.at.toISOString(),
    // Checked just above: validateIntensity refuses null.
    intensity: input.intensity!,
    trigger: input.trigger,
    helped: input.helped,
    waitedMinutes: input.waitedMinutes,
    updatedAt: now.toISOString(),
  }
}

/** Logs an urge, ending the form's draft (if any) in the same transaction. */
export async function logUrge(
  input: UrgeInput,
  options: EndsDraft & { now?: Date } = {},
): Promise<UrgeLog> {
  const now = options.now ?? new Date()
  const row: UrgeLog = { id: createId(), ...toUrgeFields(input, now), createdAt: now.toISOString() }
  await saveEndingDraft([db.urges], options.draftId, () => db.urges.add(row))
  return row
}

/**
 * Changes a noted urge, ending the form's draft (if any) in the same transaction; not if it was
 * deleted, or changed since `baseUpdatedAt` (in another tab): the outcome says which.
 */
export async function updateUrge(
  id: string,
  input: UrgeInput,
  options: EditsVersion & { now?: Date } = {},
): Promise<EditOutcome<UrgeLog>> {
  const fields = toUrgeFields(input, options.now ?? new Date())
  return saveEditEndingDraft([db.urges], db.urges, id, options, () => db.urges.update(id, fields))
}

/** The draft of the urge form: the exercise's new urge, or one noted urge's edit. */
export function urgeDraftId(id: string | null): string {
  return id ? `urge:${id}` : 'urge:new'
}

export async function deleteUrge(id: string): Promise<UrgeLog | undefined> {
  return db.transaction('rw', db.urges, async () => {
    const row = await db.urges.get(id)
    await db.urges.delete(id)
    return row
  })
}

export async function restoreUrge(row: UrgeLog): Promise<void> {
  await db.urges.put(row)
}
