import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import {
  saveEditEndingDraft,
  saveEndingDraft,
  type EditOutcome,
  type EditsVersion,
  type EndsDraft,
} from '@/db/drafts'
import type { ContactLog } from '@/db/types'
import { createId } from '@/lib/ids'
import { assertValid, validateNote, validateWhen } from '../logic/validate'
import { readLogPage, type PageCursor } from './log-pages'

// Sole owner of the `contacts` table (restore and erase aside): contact with the ex.

/** One page of contacts, newest first, older than `after` (see log-pages.ts). */
export function readContactPage(after: PageCursor | null): Promise<ContactLog[]> {
  return readLogPage(db.contacts, after)
}

/**
 * How many contacts are logged (counted without reading one) and the newest page (by key range),
 * in one round trip.
 */
export function useContactLog(): { total: number; newest: ContactLog[] } | undefined {
  return useLiveQuery(async () => {
    const [total, newest] = await Promise.all([db.contacts.count(), readContactPage(null)])
    return { total, newest }
  })
}

export function useContact(id: string) {
  return useLiveQuery(async () => (await db.contacts.get(id)) ?? null, [id])
}

export type ContactInput = Pick<
  ContactLog,
  'initiator' | 'channel' | 'replied' | 'withinAgreement' | 'note'
> & {
  at: Date
}

/**
 * The stored fields of a contact, once valid. Only contact the ex started (replied) or a chance
 * meeting (engaged) can be "replied".
 */
function toContactFields(input: ContactInput, now: Date) {
  assertValid(validateWhen(input.at, now), validateNote(input.note))
  return {
    at: input.at.toISOString(),
    initiator: input.initiator,
    channel: input.channel,
    replied: input.initiator === 'ex' || input.initiator === 'encounter' ? input.replied : false,
    withinAgreement: input.withinAgreement,
    note: input.note,
    updatedAt: now.toISOString(),
  }
}

/** Logs a contact, ending the form's draft (if any) in the same transaction. */
export async function logContact(
  input: ContactInput,
  options: EndsDraft & { now?: Date } = {},
): Promise<ContactLog> {
  const now = options.now ?? new Date()
  const row: ContactLog = {
    id: createId(),
    ...toContactFields(input, now),
    createdAt: now.toISOString(),
  }
  await saveEndingDraft([db.contacts], options.draftId, () => db.contacts.add(row))
  return row
}

/**
 * Changes a logged contact, ending the form's draft (if any) in the same transaction; not if it
 * was deleted, or changed since `baseUpdatedAt` (in another tab): the outcome says which.
 */
export async function updateContact(
  id: string,
  input: ContactInput,
  options: EditsVersion & { now?: Date } = {},
): Promise<EditOutcome<ContactLog>> {
  const fields = toContactFields(input, options.now ?? new Date())
  return saveEditEndingDraft([db.contacts], db.contacts, id, options, () =>
    db.contacts.update(id, fields),
  )
}

/** The draft of the contact form: a new contact's, or one logged contact's edit. */
export function contactDraftId(id: string | null): string {
  return id ? `contact:${id}` : 'contact:new'
}

/** Deletes a logged contact and returns it, so it can be put back. */
export async function deleteContact(id: string): Promise<ContactLog | undefined> {
  return db.transaction('rw', db.contacts, async () => {
    const row = await db.contacts.get(id)
    await db.contacts.delete(id)
    return row
  })
}

export async function restoreContact(row: ContactLog): Promise<void> {
  await db.contacts.put(row)
}
