import { db } from '@/db/db'
import type { Instant } from '@/db/types'

/** Step 2 on the journey map: when the running count began (the newest, should two run), or null. */
export async function readNoContactSince(): Promise<Instant | null> {
  let since: Instant | null = null
  await db.noContactPlans.each((plan) => {
    if (plan.endedAt === null && (since === null || plan.startAt > since)) since = plan.startAt
  })
  return since
}
