import { db } from '@/db/db'

/**
 * Step 1 on the journey map: finished runs, whether one is under way, and how many commitments of
 * the action plan are active. Apart from the other data modules so the map's chunk carries only this.
 */
export async function readIntrospectionProgress(): Promise<{
  finished: number
  inProgress: boolean
  commitments: number
}> {
  const [finished, total, commitments] = await Promise.all([
    db.introspections.filter((row) => row.completedAt !== null).count(),
    db.introspections.count(),
    db.planCommitments.filter((row) => row.archivedAt === null).count(),
  ])
  return { finished, inProgress: total > finished, commitments }
}
