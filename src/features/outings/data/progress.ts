import { db } from '@/db/db'

/** Step 4 on the journey map: outings still planned and outings done, by the status index. */
export async function countOutings(): Promise<{ planned: number; done: number }> {
  const [planned, done] = await Promise.all([
    db.outings.where('status').equals('planned').count(),
    db.outings.where('status').equals('done').count(),
  ])
  return { planned, done }
}
