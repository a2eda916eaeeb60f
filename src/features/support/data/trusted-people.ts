import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import {
  saveEditEndingDraft,
  saveEndingDraft,
  type EditOutcome,
  type EditsVersion,
  type EndsDraft,
} from '@/db/drafts'
import type { TrustedPerson } from '@/db/types'
import { toInstant } from '@/lib/dates'
import { createId } from '@/lib/ids'
import {
  checkTrustedPerson,
  MAX_TRUSTED_PEOPLE,
  SupportInputError,
  type TrustedPersonInput,
} from '../logic/trusted-person'

/** The people the person trusts, in the order they were added; undefined while loading. */
export function useTrustedPeople(): TrustedPerson[] | undefined {
  return useLiveQuery(() => db.trustedPeople.orderBy('createdAt').toArray())
}

function checked(input: TrustedPersonInput) {
  const result = checkTrustedPerson(input)
  if (!result.ok) {
    throw new SupportInputError(
      result.problems.name ?? result.problems.phone ?? 'Check the details.',
      result.problems,
    )
  }
  return result
}

/** Adds someone; never more than three, checked in the same transaction as the write. */
export async function addTrustedPerson(
  input: TrustedPersonInput,
  now: Date = new Date(),
  options: EndsDraft = {},
): Promise<TrustedPerson> {
  const { name, phone, dial } = checked(input)
  return saveEndingDraft([db.trustedPeople], options.draftId, async () => {
    if ((await db.trustedPeople.count()) >= MAX_TRUSTED_PEOPLE) {
      throw new SupportInputError(
        `You can keep up to ${MAX_TRUSTED_PEOPLE} people here. Remove someone to add another.`,
      )
    }
    const person: TrustedPerson = {
      id: createId(),
      name,
      phone,
      dial,
      createdAt: toInstant(now),
      updatedAt: toInstant(now),
    }
    await db.trustedPeople.add(person)
    return person
  })
}

/**
 * Changes someone's name or number; not if they were removed, or changed since `baseUpdatedAt`
 * (in another tab): the outcome says which, and the draft stays.
 */
export async function updateTrustedPerson(
  id: string,
  input: TrustedPersonInput,
  now: Date = new Date(),
  options: EditsVersion = {},
): Promise<EditOutcome<TrustedPerson>> {
  const { name, phone, dial } = checked(input)
  return saveEditEndingDraft([db.trustedPeople], db.trustedPeople, id, options, () =>
    db.trustedPeople.update(id, { name, phone, dial, updatedAt: toInstant(now) }),
  )
}

/** The draft of adding someone, or of changing one person. */
export function trustedPersonDraftId(id: string | null): string {
  return id ? `trusted-person:${id}` : 'trusted-person:new'
}

/** Removes someone and returns the row, so Undo can put it back exactly. */
export async function deleteTrustedPerson(id: string): Promise<TrustedPerson | undefined> {
  return db.transaction('rw', db.trustedPeople, async () => {
    const person = await db.trustedPeople.get(id)
    if (person) await db.trustedPeople.delete(id)
    return person
  })
}

export async function restoreTrustedPerson(person: TrustedPerson): Promise<void> {
  await db.trustedPeople.put(person)
}
