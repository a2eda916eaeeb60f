import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '@/db/db'
import type { NoContactPlan } from '@/db/types'
import { useNow } from '@/hooks/use-now'
import { summariseStreaks, type StreakSummary } from '../logic/streaks'
import { getCurrentPlan } from './plans'

/** The running plan with its live count; null when none runs, undefined while loading. */
export function usePlanWithStreaks():
  { plan: NoContactPlan; summary: StreakSummary } | null | undefined {
  const now = useNow()
  const data = useLiveQuery(async () => {
    const plan = await getCurrentPlan()
    if (!plan) return null
    // Only contact since the start can matter: the index keeps years of history out of the sum.
    const contacts = await db.contacts.where('at').aboveOrEqual(plan.startAt).toArray()
    return { plan, contacts }
  })
  // Worked out when the log or the minute changes, not on every render of the screen.
  return useMemo(() => {
    if (!data) return data
    return { plan: data.plan, summary: summariseStreaks(data.plan, data.contacts, now) }
  }, [data, now])
}
