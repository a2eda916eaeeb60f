import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import type { WellbeingCheck } from '@/db/types'
import { updateSettings } from '@/hooks/use-settings'
import { toCalendarDay } from '@/lib/dates'
import { createId } from '@/lib/ids'
import type { WellbeingAnswers } from '../logic/check'

/** Every check, newest first: one every two weeks at most, so a few dozen a year. */
export function useWellbeingChecks() {
  return useLiveQuery(() => db.wellbeingChecks.orderBy('at').reverse().toArray())
}

/** The newest check, or null (undefined while loading): by index, never the whole table. */
export function useLatestWellbeingCheck() {
  return useLiveQuery(async () => (await db.wellbeingChecks.orderBy('at').last()) ?? null)
}

export async function saveWellbeingCheck(answers: WellbeingAnswers, now = new Date()) {
  const row: WellbeingCheck = {
    id: createId(),
    at: now.toISOString(),
    day: toCalendarDay(now),
    ...answers,
  }
  await db.wellbeingChecks.add(row)
  return row
}

export async function setWellbeingReminder(on: boolean) {
  await updateSettings({ wellbeingReminder: on })
}

/** "Not now": Today asks again in two weeks. */
export async function dismissWellbeingReminder(now = new Date()) {
  await updateSettings({ wellbeingReminderDismissedAt: now.toISOString() })
}
