import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { saveEditEndingDraft, type EditOutcome, type EditsVersion } from '@/db/drafts'
import type { Post, PostingRhythm } from '@/db/types'
import { updateSettings } from '@/hooks/use-settings'
import { parseCalendarDay } from '@/lib/dates'
import { createId } from '@/lib/ids'
import { assertValidPost, type PostInput } from '../logic/post-fields'
import { daysBefore, HISTORY_DAYS, PACE_DAYS } from '../logic/pace'

// Sole owner of the `posts` table (restore and erase aside): posts the person logged, step 5.

/** The draft of the pause and log for a new post. */
export const NEW_POST_DRAFT_ID = 'post:new'

export function postDraftId(postId: string): string {
  return `post:${postId}`
}

/** How many posts the list shows, newest first. */
export const POST_LIST_LIMIT = 50

/** The newest posts, newest first, read by index (undefined while loading). */
export function useRecentPosts(limit = POST_LIST_LIMIT) {
  return useLiveQuery(() => db.posts.orderBy('at').reverse().limit(limit).toArray(), [limit])
}

/** One post; null when there is none (deleted), undefined while loading. */
export function usePost(id: string) {
  return useLiveQuery(async () => (await db.posts.get(id)) ?? null, [id])
}

/**
 * When each post of the weeks the pace reads was made: a key range on `at`, however long the log.
 * `today` is the local day the pace is for.
 */
export function usePaceTimes(today: string) {
  return useLiveQuery(async () => {
    // Local midnight, a day before the first day the pace reads: an instant any post then is after.
    const day = parseCalendarDay(today)
    if (!day) return []
    const since = parseCalendarDay(daysBefore(day, PACE_DAYS + HISTORY_DAYS))!
    const rows = await db.posts.where('at').aboveOrEqual(since.toISOString()).toArray()
    return rows.map((row) => row.at)
  }, [today])
}

function fieldsOf(input: PostInput) {
  return {
    at: input.at.toISOString(),
    what: input.what,
    where: input.where,
    reflection: input.reflection,
  }
}

/** Logs a post; the draft it came from goes in the same transaction. */
export async function logPost(
  input: PostInput,
  options: { draftId?: string; now?: Date } = {},
): Promise<Post> {
  const now = options.now ?? new Date()
  assertValidPost(input, now)
  const row: Post = {
    id: createId(),
    ...fieldsOf(input),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }
  await db.transaction('rw', db.posts, db.drafts, async () => {
    await db.posts.add(row)
    if (options.draftId) await db.drafts.delete(options.draftId)
  })
  return row
}

/**
 * Changes a logged post; the draft of the change goes in the same transaction. Not saved if the
 * post was deleted, or changed since `baseUpdatedAt` (in another tab): the outcome says which.
 */
export async function updatePost(
  id: string,
  input: PostInput,
  options: EditsVersion & { now?: Date } = {},
): Promise<EditOutcome<Post>> {
  const now = options.now ?? new Date()
  assertValidPost(input, now)
  return saveEditEndingDraft([db.posts], db.posts, id, options, () =>
    db.posts.update(id, { ...fieldsOf(input), updatedAt: now.toISOString() }),
  )
}

/**
 * Deletes a post; the row is returned for Undo. An unsaved change of it (perhaps typed in another
 * tab) is kept: those words were saved nowhere else, and can be saved as a new post.
 */
export async function deletePost(id: string): Promise<Post | undefined> {
  return db.transaction('rw', db.posts, async () => {
    const row = await db.posts.get(id)
    await db.posts.delete(id)
    return row
  })
}

/** Puts a deleted post back exactly as it was (Undo). */
export async function restorePost(row: Post): Promise<void> {
  await db.posts.put(row)
}

/** How often the person says they usually posted; null to let the log tell. */
export async function setUsualPostingRhythm(rhythm: PostingRhythm | null): Promise<void> {
  await updateSettings({ usualPostingRhythm: rhythm })
}
