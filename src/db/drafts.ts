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

/** What became of an edit's save: stored, or not, because another tab changed or deleted the record. */
export type EditOutcome<Row> =
  { status: 'saved' } | { status: 'changed-elsewhere'; current: Row } | { status: 'deleted' }

export interface EditsVersion extends EndsDraft {
  /**
   * The `updatedAt` of the version the editing started from: the save only happens if the record
   * is still that version. Without it (or null) the save writes over whatever is stored.
   */
  baseUpdatedAt?: string | null | undefined
}

/**
 * The one way an edit of a stored record is saved: inside the write's transaction (over `tables`,
 * which include `table`, and the drafts) the record is read; if it is gone, or another tab saved a
 * newer version than `baseUpdatedAt`, nothing is written and the draft stays, so the person can
 * choose what to keep. Otherwise `write` stores the change and the draft ends with it.
 */
export function saveEditEndingDraft<Row extends { updatedAt: string }, Insert>(
  tables: readonly Table[],
  table: Table<Row, string, Insert>,
  id: string,
  options: EditsVersion,
  write: (current: Row) => Promise<unknown>,
): Promise<EditOutcome<Row>> {
  return saveEndingDraft(
    tables,
    options.draftId,
    async (): Promise<EditOutcome<Row>> => {
      const current = await table.get(id)
      if (!current) return { status: 'deleted' }
      if (options.baseUpdatedAt && current.updatedAt !== options.baseUpdatedAt) {
        return { status: 'changed-elsewhere', current }
      }
      await write(current)
      return { status: 'saved' }
    },
    // Not saved: the draft stays until the person chooses what to keep.
    (outcome) => outcome.status !== 'saved',
  )
}

/** Lets a form's draft go, on purpose (the person chose the other version, or to let words go). */
export async function discardDraft(draftId: string): Promise<void> {
  await db.drafts.delete(draftId)
}
