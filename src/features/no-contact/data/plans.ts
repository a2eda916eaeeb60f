import { startOfDay } from 'date-fns'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { saveEndingDraft, type EndsDraft } from '@/db/drafts'
import type { CalendarDay, NoContactMode, NoContactPlan } from '@/db/types'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'
import { createId } from '@/lib/ids'
import { assertValid, validateNote, validateStartDay } from '../logic/validate'

// Sole owner of the `noContactPlans` table (restore and erase aside): one row per count,
// running or ended.

/** The plan that is running, or null when there is none (undefined while loading). */
export function useCurrentPlan() {
  return useLiveQuery(async () => (await getCurrentPlan()) ?? null)
}

export async function getCurrentPlan(): Promise<NoContactPlan | undefined> {
  return pickCurrentPlan(await db.noContactPlans.filter((plan) => plan.endedAt === null).toArray())
}

/** The running plan among `plans`: the newest, should a merge ever have left two running. */
export function pickCurrentPlan(plans: readonly NoContactPlan[]): NoContactPlan | undefined {
  return plans
    .filter((plan) => plan.endedAt === null)
    .sort((a, b) => (a.startAt < b.startAt ? 1 : -1))[0]
}

export interface StartPlanInput {
  mode: NoContactMode
  /** A past day to count from (its local midnight); null to start this moment. */
  startDay: CalendarDay | null
  agreedTopics: string
}

/**
 * Starts counting. Any plan still running ends at the same moment (its history stays), so there is
 * only ever one running plan.
 */
export async function startPlan(
  input: StartPlanInput,
  options: EndsDraft & { now?: Date } = {},
): Promise<NoContactPlan> {
  const now = options.now ?? new Date()
  assertValid(
    input.startDay ? validateStartDay(input.startDay, now) : null,
    validateNote(input.agreedTopics, 'What was agreed'),
  )
  const startAt = input.startDay ? startOfDay(parseCalendarDay(input.startDay)!) : now
  const plan: NoContactPlan = {
    id: createId(),
    mode: input.mode,
    startAt: (input.startDay && toCalendarDay(now) === input.startDay
      ? now
      : startAt
    ).toISOString(),
    agreedTopics: input.mode === 'limited' ? input.agreedTopics : '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: now.toISOString(),
  }
  await saveEndingDraft([db.noContactPlans], options.draftId, async () => {
    const running = await db.noContactPlans
      .filter((existing) => existing.endedAt === null)
      .toArray()
    for (const existing of running)
      await db.noContactPlans.update(existing.id, { endedAt: plan.startAt })
    await db.noContactPlans.add(plan)
  })
  return plan
}

/** Changes the mode, the agreed topics or the start day of a running plan. */
export async function updatePlan(
  id: string,
  changes: { mode: NoContactMode; agreedTopics: string; startDay: CalendarDay },
  options: EndsDraft & { now?: Date } = {},
): Promise<void> {
  const now = options.now ?? new Date()
  assertValid(
    validateStartDay(changes.startDay, now),
    validateNote(changes.agreedTopics, 'What was agreed'),
  )
  await saveEndingDraft([db.noContactPlans], options.draftId, async () => {
    const plan = await db.noContactPlans.get(id)
    if (!plan) throw new Error('This plan no longer exists.')
    const sameDay = toCalendarDay(new Date(plan.startAt)) === changes.startDay
    await db.noContactPlans.update(id, {
      mode: changes.mode,
      agreedTopics: changes.mode === 'limited' ? changes.agreedTopics : '',
      // Keep the exact start moment unless the day itself changed.
      startAt: sameDay
        ? plan.startAt
        : startOfDay(parseCalendarDay(changes.startDay)!).toISOString(),
    })
  })
}

/** Stops the running plan; it stays in the history. Unsaved changes to its settings go with it. */
export async function endPlan(id: string, now = new Date()): Promise<void> {
  await saveEndingDraft([db.noContactPlans], planDraftId(id), () =>
    db.noContactPlans.update(id, { endedAt: now.toISOString() }),
  )
}

/** The draft of starting a count, or of the running count's settings. */
export function planDraftId(id: string | null): string {
  return id ? `no-contact-plan:${id}` : 'no-contact-plan:new'
}

/**
 * Marks the one last message as sent (Steady never sends it). With no plan running, this is where
 * the count starts.
 */
export async function markLastMessageSent(now = new Date()): Promise<NoContactPlan> {
  return db.transaction('rw', db.noContactPlans, async () => {
    const plan = await getCurrentPlan()
    if (plan) {
      await db.noContactPlans.update(plan.id, { lastMessageSentAt: now.toISOString() })
      return { ...plan, lastMessageSentAt: now.toISOString() }
    }
    const started: NoContactPlan = {
      id: createId(),
      mode: 'no-contact',
      startAt: now.toISOString(),
      agreedTopics: '',
      lastMessageSentAt: now.toISOString(),
      endedAt: null,
      createdAt: now.toISOString(),
    }
    await db.noContactPlans.add(started)
    return started
  })
}
