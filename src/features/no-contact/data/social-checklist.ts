import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { saveEndingDraft, type EndsDraft } from '@/db/drafts'
import type { SocialChecklistItem } from '@/db/types'
import { createId } from '@/lib/ids'
import { assertValid, validateNote, validatePlatform } from '../logic/validate'

// Sole owner of the `socialChecklist` table (restore and erase aside): one row per platform.

export function useSocialChecklist() {
  return useLiveQuery(() => db.socialChecklist.orderBy('id').toArray().then(sortByCreated))
}

function sortByCreated(items: SocialChecklistItem[]) {
  // Ties (two added in the same millisecond) fall back to the id, so the order never jumps.
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

export async function addPlatform(name: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.socialChecklist, async () => {
    const existing = (await db.socialChecklist.toArray()).map((item) => item.platform)
    assertValid(validatePlatform(name, existing))
    await db.socialChecklist.add({
      id: createId(),
      platform: name.trim(),
      unfollowedAt: null,
      mutedAt: null,
      archivedAt: null,
      note: '',
      createdAt: now.toISOString(),
    })
  })
}

export type ChecklistStep = 'unfollowedAt' | 'mutedAt' | 'archivedAt'

/** Ticks a step (recording when) or unticks it. */
export async function setChecklistStep(
  id: string,
  step: ChecklistStep,
  done: boolean,
  now = new Date(),
): Promise<void> {
  await db.socialChecklist.update(id, { [step]: done ? now.toISOString() : null })
}

/** Saves a platform's note, ending its draft (if any) in the same transaction. */
export async function updatePlatformNote(
  id: string,
  note: string,
  options: EndsDraft = {},
): Promise<void> {
  assertValid(validateNote(note))
  await saveEndingDraft([db.socialChecklist], options.draftId, () =>
    db.socialChecklist.update(id, { note }),
  )
}

/** Takes a platform off the list, with its ticks, its note and any unsaved note. */
export async function removePlatform(id: string): Promise<void> {
  await saveEndingDraft([db.socialChecklist], platformNoteDraftId(id), () =>
    db.socialChecklist.delete(id),
  )
}

/** The draft of one platform's note. */
export function platformNoteDraftId(id: string): string {
  return `platform-note:${id}`
}
