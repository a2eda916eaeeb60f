import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import {
  saveEditEndingDraft,
  saveEndingDraft,
  type EditOutcome,
  type EditsVersion,
} from '@/db/drafts'
import type { CalendarDay, EntryKind, JournalEntry } from '@/db/types'
import { toCalendarDay, toInstant } from '@/lib/dates'
import { createId } from '@/lib/ids'
import { assertNoProblem } from '@/lib/errors'
import { validateEntry, type EntryInput } from '../logic/validate-entry'

/** The entries of one day, oldest first. */
export function useEntriesOfDay(day: CalendarDay) {
  return useLiveQuery(() => db.entries.where('day').equals(day).sortBy('createdAt'), [day])
}

/** The entries from `from` to `to` (calendar days, both included): a few days by index, never all. */
export function useEntriesBetween(from: CalendarDay, to: CalendarDay) {
  return useLiveQuery(
    () => db.entries.where('day').between(from, to, true, true).toArray(),
    [from, to],
  )
}

/**
 * The mood of every entry that has one, from `fromDay` on: for comparing days (the outings' mood
 * pattern). Reads the days in range by index, keeping only day and mood.
 */
export function useDayMoods(fromDay: CalendarDay) {
  return useLiveQuery(async () => {
    const moods: { day: CalendarDay; mood: NonNullable<JournalEntry['mood']> }[] = []
    await db.entries
      .where('day')
      .aboveOrEqual(fromDay)
      .each((entry) => {
        if (entry.mood !== null && entry.kind !== 'letter')
          moods.push({ day: entry.day, mood: entry.mood })
      })
    return moods
  }, [fromDay])
}

/** One entry; `null` when there is no such entry, undefined while loading. */
export function useEntry(id: string) {
  return useLiveQuery(async () => (await db.entries.get(id)) ?? null, [id])
}

export interface NewEntry extends EntryInput {
  prompt?: string | undefined
}

/**
 * Saves a new entry for the day of `now`. The first entry of a day is that day's check-in, unless it
 * is an unsent `letter` (written instead of texting the ex), which never takes that place. The
 * draft it came from is removed in the same transaction, so a failure keeps both text and draft.
 */
export async function addEntry(
  input: NewEntry,
  options: { draftId?: string; now?: Date; kind?: 'letter' } = {},
): Promise<JournalEntry> {
  assertNoProblem(validateEntry(input))
  const tags = await prepareTags(input.tags)
  const now = options.now ?? new Date()
  const day = toCalendarDay(now)
  return saveEndingDraft([db.entries], options.draftId, async () => {
    // Unsent letters (written instead of texting the ex) are not check-ins and do not take that place.
    const sameDay = await db.entries
      .where('day')
      .equals(day)
      .filter((entry) => entry.kind !== 'letter')
      .count()
    const kind: EntryKind = options.kind ?? (sameDay === 0 ? 'check-in' : 'note')
    const entry: JournalEntry = {
      id: createId(),
      kind,
      day,
      createdAt: toInstant(now),
      updatedAt: toInstant(now),
      mood: input.mood,
      text: input.text,
      ...(input.prompt ? { prompt: input.prompt } : {}),
      ...(tags ? { tags } : {}),
    }
    await db.entries.add(entry)
    return entry
  })
}

/**
 * The tags to store, checked and normalised; undefined for none (no field at all, as before tags).
 * The tag code loads only when there are tags, so it weighs nothing on Today's first load.
 */
async function prepareTags(tags: readonly string[] | undefined): Promise<string[] | undefined> {
  if (!tags || tags.length === 0) return undefined
  const { cleanTags, validateTags } = await import('../logic/tags')
  assertNoProblem(validateTags(tags))
  const clean = cleanTags(tags)
  return clean.length > 0 ? clean : undefined
}

/** What became of a save: stored, or not stored because another tab changed or deleted the entry. */
export type UpdateOutcome = EditOutcome<JournalEntry>

/**
 * Changes an entry's mood, text and (when given) tags; its day and creation time stay as they were. With
 * `baseUpdatedAt` (the version the editing started from) the save only happens if the entry is
 * still that version, checked inside the write's transaction: otherwise nothing is written, the
 * draft is kept, and the outcome says what happened so the person can choose.
 */
export async function updateEntry(
  id: string,
  input: EntryInput,
  options: EditsVersion & { now?: Date } = {},
): Promise<UpdateOutcome> {
  assertNoProblem(validateEntry(input))
  const tags = await prepareTags(input.tags)
  const now = options.now ?? new Date()
  return saveEditEndingDraft([db.entries], db.entries, id, options, () =>
    db.entries.update(id, {
      mood: input.mood,
      text: input.text,
      updatedAt: toInstant(now),
      // An entry whose last tag is removed goes back to having none (undefined deletes the field).
      ...(input.tags ? { tags } : {}),
    }),
  )
}

/** An unsaved edit of an entry, if there is one: `null` when there is none, undefined while loading. */
export function useEditDraft(entryId: string) {
  return useLiveQuery(async () => {
    const draft = await db.drafts.get(editDraftId(entryId))
    return draft?.kind === 'entry' ? draft : null
  }, [entryId])
}

/** Lets an unsaved edit go, on purpose. */
export async function discardEditDraft(entryId: string): Promise<void> {
  await db.drafts.delete(editDraftId(entryId))
}

/**
 * Deletes an entry; returns it so Undo can put it back. An unsaved edit of it (perhaps open in
 * another tab) is kept: those words were never saved anywhere else, and Undo brings them back
 * with the entry, or they can be saved as a new entry.
 */
export async function deleteEntry(id: string): Promise<JournalEntry | undefined> {
  return db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id)
    await db.entries.delete(id)
    return entry
  })
}

/** Puts back an entry exactly as it was (undo of a delete). */
export async function restoreEntry(entry: JournalEntry): Promise<void> {
  await db.entries.put(entry)
}

export const NEW_ENTRY_DRAFT_ID = 'new-entry'

export function editDraftId(entryId: string): string {
  return `entry:${entryId}`
}
