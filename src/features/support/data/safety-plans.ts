import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import type { SafetyPlan } from '@/db/types'
import { toInstant } from '@/lib/dates'
import { validatePlanPart, type SafetyPlanPart } from '../logic/safety-plan'
import { SupportInputError } from '../logic/trusted-person'

export const SAFETY_PLAN_ID = 'mine'

const EMPTY_PLAN: Omit<SafetyPlan, 'updatedAt'> = {
  id: SAFETY_PLAN_ID,
  warningSigns: '',
  ownCoping: '',
  distractions: '',
  helpers: '',
  professionals: '',
  saferSurroundings: '',
}

/** The person's safety plan; null before anything is written, undefined while loading. */
export function useSafetyPlan(): SafetyPlan | null | undefined {
  return useLiveQuery(async () => (await db.safetyPlans.get(SAFETY_PLAN_ID)) ?? null)
}

/**
 * Saves one part of the plan exactly as typed. Only that part changes, read and written in one
 * transaction, so two parts being edited (in two tabs, or in quick succession) never undo each other.
 */
export async function saveSafetyPlanPart(
  part: SafetyPlanPart,
  text: string,
  now: Date = new Date(),
): Promise<void> {
  const problem = validatePlanPart(text)
  if (problem) throw new SupportInputError(problem)
  await db.transaction('rw', db.safetyPlans, async () => {
    const current = (await db.safetyPlans.get(SAFETY_PLAN_ID)) ?? EMPTY_PLAN
    if (current[part] === text) return
    await db.safetyPlans.put({ ...current, [part]: text, updatedAt: toInstant(now) })
  })
}
