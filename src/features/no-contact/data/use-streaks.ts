import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '@/db/db'
import type { NoContactPlan } from '@/db/types'
import { useNow } from '@/hooks/use-now'
import {
  summariseHistory,
  summariseStreaks,
  type CountHistory,
  type CountSpan,
  type StreakSummary,
} from '../logic/streaks'
import { pickCurrentPlan } from './plans'

/**
 * Every count, running or stopped (a handful of rows), and the contact log since the first one
 * began: the index keeps contact from before any count out of the sum.
 */
function useCountsAndContacts() {
  return useLiveQuery(async () => {
    const plans = await db.noContactPlans.toArray()
    const firstStart = plans.map((plan) => plan.startAt).sort()[0]
    const contacts =
      firstStart === undefined
        ? []
        : await db.contacts.where('at').aboveOrEqual(firstStart).toArray()
    return { plans, contacts, current: pickCurrentPlan(plans) }
  })
}

/** The counts before `current`; any other that still runs (it should not) ends where it began. */
function earlierCounts(plans: NoContactPlan[], current: NoContactPlan): CountSpan[] {
  return plans
    .filter((plan) => plan.id !== current.id)
    .map((plan) => ({ ...plan, endedAt: plan.endedAt ?? current.startAt }))
}

/**
 * The running plan with its live count; null when none runs, undefined while loading. The longest
 * stretch, all days, restarts and attempts include every count stopped before it.
 */
export function usePlanWithStreaks():
  { plan: NoContactPlan; summary: StreakSummary } | null | undefined {
  const now = useNow()
  const data = useCountsAndContacts()
  // Worked out when the log or the minute changes, not on every render of the screen.
  return useMemo(() => {
    if (!data) return undefined
    const { plans, contacts, current } = data
    if (!current) return null
    const summary = summariseStreaks(current, contacts, now, earlierCounts(plans, current))
    return { plan: current, summary }
  }, [data, now])
}

/** Every count there has been (all stopped when none runs); undefined while loading. */
export function useCountHistory(): CountHistory | undefined {
  const now = useNow()
  const data = useCountsAndContacts()
  return useMemo(() => data && summariseHistory(data.plans, data.contacts, now), [data, now])
}
