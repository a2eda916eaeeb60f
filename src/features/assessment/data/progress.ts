import { db } from '@/db/db'
import type { Direction } from '@/db/types'

/**
 * Step 0 on the journey map: how many assessments were finished, whether one is under way, and the
 * direction chosen last. Apart from assessments.ts so the map's chunk carries only this.
 */
export async function readAssessmentProgress(): Promise<{
  finished: number
  inProgress: boolean
  direction: Direction | null
}> {
  // Assessments are few (one every so often): reading them is cheap.
  const rows = await db.assessments.orderBy('createdAt').reverse().toArray()
  return {
    finished: rows.filter((row) => row.completedAt !== null).length,
    inProgress: rows.some((row) => row.completedAt === null),
    direction: rows.find((row) => row.chosen !== null)?.chosen ?? null,
  }
}
