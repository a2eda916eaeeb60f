import type { Table } from 'dexie'
import { db } from './db'

/** Which form's draft a save ends: its draft key (`contact:new`, `urge:<id>`…), when it had one. */
export interface EndsDraft {
  draftId?: string | undefined
}

/**
 * The one way a save ends its form's draft: `write` runs in a read-write transaction over `tables`
 * and the drafts, and the draft is removed in that same transaction. Either both happen or
 * neither: a failed save keeps the draft (the words are still there after a reload), and a saved
 * form never leaves a draft behind to come back. `keepDraft` says when a result was not a save
 * (e.g. a conflict the person must resolve first), so the draft stays.
 */
export function saveEndingDraft<T>(
  tables: readonly Table[],
  draftId: string | undefined,
  write: () => Promise<T>,
  keepDraft: (result: T) => boolean = () => false,
): Promise<T> {
  // Without a draft the drafts table stays out, so the write can run inside a caller's transaction.
  return db.transaction('rw', draftId ? [...tables, db.drafts] : tables, async () => {
    const result = await write()
    if (draftId && !keepDraft(result)) await db.drafts.delete(draftId)
    return result
  })
}
