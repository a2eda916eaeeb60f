import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import type { Assessment, AssessmentItemId, Direction, SafetyAnswer, ScaleAnswer } from '@/db/types'
import { MAX_ENTRY_LENGTH } from '@/db/limits'
import { createId } from '@/lib/ids'
import { UserError } from '@/lib/errors'
import { decideDirection } from '../logic/direction'
import { ASSESSMENT_STEP_COUNT } from '../logic/questions'

/** Newest first. Assessments are few (one every so often), so reading them all is cheap. */
async function newestFirst(): Promise<Assessment[]> {
  return db.assessments.orderBy('createdAt').reverse().toArray()
}

/** The assessment being answered, or null when none is (undefined while loading). */
export function useAssessmentInProgress() {
  return useLiveQuery(async () => (await getAssessmentInProgress()) ?? null)
}

export async function getAssessmentInProgress(): Promise<Assessment | undefined> {
  return (await newestFirst()).find((row) => row.completedAt === null)
}

/** Finished assessments, newest first. */
export function useFinishedAssessments() {
  return useLiveQuery(async () => (await newestFirst()).filter((row) => row.completedAt !== null))
}

/**
 * The direction the person chose most recently, or null before any (undefined while loading).
 * Other features' screens are given it by the app, so they can shape their words around it.
 */
export function useCurrentDirection(): Direction | null | undefined {
  return useLiveQuery(async () => {
    const chosen = (await newestFirst()).find((row) => row.chosen !== null)
    return chosen?.chosen ?? null
  })
}

/** Starts a new assessment, or returns the one already being answered (so two tabs share one). */
export async function startAssessment(now = new Date()): Promise<Assessment> {
  return db.transaction('rw', db.assessments, async () => {
    const open = await getAssessmentInProgress()
    if (open) return open
    const row: Assessment = {
      id: createId(),
      answers: {},
      notes: {},
      safety: null,
      step: 0,
      suggested: null,
      chosen: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      completedAt: null,
    }
    await db.assessments.add(row)
    return row
  })
}

async function change(id: string, changes: Partial<Assessment>, now = new Date()): Promise<void> {
  const updated = await db.assessments.update(id, { ...changes, updatedAt: now.toISOString() })
  if (updated === 0) throw new Error('This assessment is no longer here.')
}

/** Sets (or with null, clears: a skipped question) the answer to one question. */
export async function setScaleAnswer(
  id: string,
  item: AssessmentItemId,
  value: ScaleAnswer | null,
): Promise<void> {
  await db.transaction('rw', db.assessments, async () => {
    const row = await db.assessments.get(id)
    if (!row) throw new Error('This assessment is no longer here.')
    const answers = { ...row.answers }
    if (value === null) delete answers[item]
    else answers[item] = value
    await change(id, { answers })
  })
}

export async function setSafetyAnswer(id: string, value: SafetyAnswer | null): Promise<void> {
  await change(id, { safety: value })
}

/** Writes a note exactly as typed; read-modify-write in one transaction so two notes never clash. */
export async function setAssessmentNote(
  id: string,
  item: AssessmentItemId | 'safety',
  note: string,
): Promise<void> {
  if (note.length > MAX_ENTRY_LENGTH)
    throw new UserError(
      'This note is longer than Steady can keep. Longer thoughts fit in the journal.',
    )
  await db.transaction('rw', db.assessments, async () => {
    const row = await db.assessments.get(id)
    if (!row) throw new Error('This assessment is no longer here.')
    await change(id, { notes: { ...row.notes, [item]: note } })
  })
}

/** One note as stored, for the autosaved field; undefined when the assessment is gone. */
export async function readAssessmentNote(
  id: string,
  item: AssessmentItemId | 'safety',
): Promise<string | undefined> {
  const row = await db.assessments.get(id)
  return row ? (row.notes[item] ?? '') : undefined
}

export async function setAssessmentStep(id: string, step: number): Promise<void> {
  await change(id, { step: Math.max(0, Math.min(step, ASSESSMENT_STEP_COUNT - 1)) })
}

/** Finishes the assessment: the answers' direction is worked out and kept with them. */
export async function finishAssessment(id: string, now = new Date()): Promise<Direction> {
  return db.transaction('rw', db.assessments, async () => {
    const row = await db.assessments.get(id)
    if (!row) throw new Error('This assessment is no longer here.')
    const { direction } = decideDirection(row)
    await change(id, { suggested: direction, completedAt: now.toISOString() }, now)
    return direction
  })
}

/** The person confirms the suggestion or chooses the other way. It can be changed at any time. */
export async function chooseDirection(id: string, direction: Direction): Promise<void> {
  await change(id, { chosen: direction })
}
