import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { MAX_ENTRY_LENGTH } from '@/db/limits'
import type { BreakupReason, Introspection, ThoughtRecord } from '@/db/types'
import { createId } from '@/lib/ids'
import { UserError } from '@/lib/errors'
import { INTROSPECTION_STEPS, MAX_VALUES } from '../logic/questions'

async function newestFirst(): Promise<Introspection[]> {
  return db.introspections.orderBy('createdAt').reverse().toArray()
}

export async function getIntrospectionInProgress(): Promise<Introspection | undefined> {
  return (await newestFirst()).find((row) => row.completedAt === null)
}

/** The run in progress, or null (undefined while loading). */
export function useIntrospectionInProgress() {
  return useLiveQuery(async () => (await getIntrospectionInProgress()) ?? null)
}

/** Finished runs, newest first. */
export function useFinishedIntrospections() {
  return useLiveQuery(async () => (await newestFirst()).filter((row) => row.completedAt !== null))
}

/** The values of the newest run that has any: the plan is checked against them. */
export function useLatestValues() {
  return useLiveQuery(
    async () => (await newestFirst()).find((row) => row.values.length > 0)?.values ?? [],
  )
}

export function readIntrospectionText(id: string, field: TextAnswer): Promise<string | undefined> {
  return db.introspections.get(id).then((row) => row?.[field])
}

export function readThoughtText(
  id: string,
  field: keyof ThoughtRecord,
): Promise<string | undefined> {
  return db.introspections.get(id).then((row) => {
    const value = row?.thought[field]
    return typeof value === 'string' ? value : value === null ? '' : value?.toString()
  })
}

export const EMPTY_THOUGHT: ThoughtRecord = {
  situation: '',
  thought: '',
  belief: null,
  feeling: '',
  supports: '',
  against: '',
  balanced: '',
  rerating: null,
}

/** Starts a new run, or returns the one in progress (two tabs share one). */
export async function startIntrospection(now = new Date()): Promise<Introspection> {
  return db.transaction('rw', db.introspections, async () => {
    const open = await getIntrospectionInProgress()
    if (open) return open
    const row: Introspection = {
      id: createId(),
      reasons: [],
      ownReason: '',
      myPart: '',
      theirPart: '',
      trigger: '',
      change: '',
      values: [],
      thought: { ...EMPTY_THOUGHT },
      step: 0,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      completedAt: null,
    }
    await db.introspections.add(row)
    return row
  })
}

export type TextAnswer = 'ownReason' | 'myPart' | 'theirPart' | 'trigger' | 'change'

function assertLength(text: string) {
  if (text.length > MAX_ENTRY_LENGTH)
    throw new UserError(
      'This answer is longer than Steady can keep. Longer thoughts fit in the journal.',
    )
}

async function change(
  id: string,
  update: (row: Introspection) => Partial<Introspection>,
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', db.introspections, async () => {
    const row = await db.introspections.get(id)
    if (!row) throw new Error('These answers are no longer here.')
    await db.introspections.update(id, { ...update(row), updatedAt: now.toISOString() })
  })
}

/** Writes one free-text answer exactly as typed. */
export async function setIntrospectionText(id: string, field: TextAnswer, text: string) {
  assertLength(text)
  await change(id, () => ({ [field]: text }))
}

/** Ticks or unticks one reason against the stored list, so quick taps never undo each other. */
export async function toggleReason(id: string, reason: BreakupReason, on: boolean) {
  await change(id, (row) => ({
    reasons: on
      ? [...new Set([...row.reasons, reason])]
      : row.reasons.filter((other) => other !== reason),
  }))
}

/**
 * Changes the values with `update`, applied to the stored list in the same transaction; a problem
 * it returns (a sixth value) is thrown for the person to read, and nothing changes.
 */
export async function changeValues(
  id: string,
  update: (values: readonly string[]) => { values: string[]; problem: string | null },
) {
  let problem: string | null = null
  await change(id, (row) => {
    const next = update(row.values)
    problem = next.problem
    return next.problem ? {} : { values: next.values.slice(0, MAX_VALUES) }
  })
  if (problem) throw new UserError(problem)
}

/** Writes one part of the thought record; the other parts stay as they are. */
export async function setThought<K extends keyof ThoughtRecord>(
  id: string,
  field: K,
  value: ThoughtRecord[K],
) {
  if (typeof value === 'string') assertLength(value)
  await change(id, (row) => ({ thought: { ...row.thought, [field]: value } }))
}

export async function setIntrospectionStep(id: string, step: number) {
  await change(id, () => ({ step: Math.max(0, Math.min(step, INTROSPECTION_STEPS.length - 1)) }))
}

export async function finishIntrospection(id: string, now = new Date()) {
  await change(id, () => ({ completedAt: now.toISOString() }), now)
}
