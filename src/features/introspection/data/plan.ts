import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import type { CalendarDay, PlanCommitment } from '@/db/types'
import { createId } from '@/lib/ids'
import { UserError } from '@/lib/errors'
import { validateCommitment, type CommitmentInput } from '../logic/plan'

/** Every commitment, oldest first (the order they were made in); archived ones apart. */
export function useCommitments() {
  return useLiveQuery(async () => {
    const all = await db.planCommitments.orderBy('createdAt').toArray()
    return {
      active: all.filter((row) => row.archivedAt === null),
      archived: all.filter((row) => row.archivedAt !== null),
    }
  })
}

export function useCommitment(id: string) {
  return useLiveQuery(async () => (await db.planCommitments.get(id)) ?? null, [id])
}

function assertValid(input: CommitmentInput) {
  const problems = validateCommitment(input)
  if (problems) throw new UserError(problems.situation ?? problems.action ?? '')
}

/** Adds a commitment exactly as typed. An empty "If" or "then" is refused with what belongs there. */
export async function addCommitment(input: CommitmentInput, now = new Date()) {
  assertValid(input)
  const row: PlanCommitment = {
    id: createId(),
    situation: input.situation,
    action: input.action,
    cadence: input.cadence,
    value: input.value,
    doneDays: [],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    archivedAt: null,
  }
  await db.planCommitments.add(row)
  return row
}

export async function updateCommitment(id: string, input: CommitmentInput, now = new Date()) {
  assertValid(input)
  const updated = await db.planCommitments.update(id, {
    situation: input.situation,
    action: input.action,
    cadence: input.cadence,
    value: input.value,
    updatedAt: now.toISOString(),
  })
  if (updated === 0) throw new Error('This commitment is no longer here.')
}

/** Ticks a commitment off for a day, or un-ticks it; read-modify-write in one transaction. */
export async function toggleDone(id: string, day: CalendarDay) {
  await db.transaction('rw', db.planCommitments, async () => {
    const row = await db.planCommitments.get(id)
    if (!row) throw new Error('This commitment is no longer here.')
    const doneDays = row.doneDays.includes(day)
      ? row.doneDays.filter((done) => done !== day)
      : [...row.doneDays, day].sort()
    await db.planCommitments.update(id, { doneDays })
  })
}

/** Archives (or with null, brings back) a commitment. Nothing is deleted. */
export async function setArchived(id: string, archived: boolean, now = new Date()) {
  await db.planCommitments.update(id, {
    archivedAt: archived ? now.toISOString() : null,
    updatedAt: now.toISOString(),
  })
}
