import { addDays, differenceInCalendarDays } from 'date-fns'
import type { FrequencyAnswer, WellbeingCheck } from '@/db/types'

export type WellbeingItem = 'interest' | 'down' | 'nervous' | 'worry'

/** The PHQ-2 items, then the GAD-2 items, as published (free to reproduce, attribution kept). */
export const WELLBEING_ITEMS: readonly { id: WellbeingItem; text: string }[] = [
  { id: 'interest', text: 'Little interest or pleasure in doing things' },
  { id: 'down', text: 'Feeling down, depressed, or hopeless' },
  { id: 'nervous', text: 'Feeling nervous, anxious or on edge' },
  { id: 'worry', text: 'Not being able to stop or control worrying' },
]

export const FREQUENCY_LABELS: Record<FrequencyAnswer, string> = {
  0: 'Not at all',
  1: 'Several days',
  2: 'More than half the days',
  3: 'Nearly every day',
}

export const FREQUENCY_VALUES = [0, 1, 2, 3] as const satisfies readonly FrequencyAnswer[]

export const WELLBEING_ATTRIBUTION =
  'PHQ-2 and GAD-2 items: developed by Drs. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.'

/** At this sum or above on either pair, talking to someone might help. */
export const TALK_THRESHOLD = 3

/** How often Today offers the check. */
export const CHECK_EVERY_DAYS = 14

export type WellbeingAnswers = Pick<WellbeingCheck, WellbeingItem>

export interface WellbeingSums {
  /** Interest and mood (PHQ-2), 0–6; null when both were skipped. */
  mood: number | null
  /** Nerves and worry (GAD-2), 0–6; null when both were skipped. */
  worry: number | null
}

function sum(a: FrequencyAnswer | null, b: FrequencyAnswer | null): number | null {
  if (a === null && b === null) return null
  return (a ?? 0) + (b ?? 0)
}

export function sumAnswers(answers: WellbeingAnswers): WellbeingSums {
  return { mood: sum(answers.interest, answers.down), worry: sum(answers.nervous, answers.worry) }
}

/** Whether "this might be worth talking to someone about" belongs with the result. */
export function suggestsTalking(answers: WellbeingAnswers): boolean {
  const sums = sumAnswers(answers)
  return (sums.mood ?? 0) >= TALK_THRESHOLD || (sums.worry ?? 0) >= TALK_THRESHOLD
}

/** Whether Today should offer the check now: never done, or 14 days since the last one or "not now". */
export function isCheckDue(
  last: { at: string } | undefined,
  settings: { wellbeingReminder: boolean; wellbeingReminderDismissedAt: string | null },
  now: Date,
): boolean {
  if (!settings.wellbeingReminder) return false
  const since = [last?.at, settings.wellbeingReminderDismissedAt]
    .filter((at): at is string => typeof at === 'string')
    .map((at) => new Date(at))
    .filter((date) => !Number.isNaN(date.getTime()))
    .sort((a, b) => b.getTime() - a.getTime())[0]
  if (!since) return true
  return differenceInCalendarDays(now, since) >= CHECK_EVERY_DAYS
}

/** The day the next offer comes, for the words after a check. */
export function nextCheckDate(lastAt: string): Date {
  return addDays(new Date(lastAt), CHECK_EVERY_DAYS)
}

/** "A little", "some", "a lot": words for a sum that never read like a grade. */
export function describeSum(value: number | null): string {
  if (value === null) return 'Skipped'
  if (value === 0) return 'Not at all'
  if (value <= 2) return 'A little'
  if (value <= 4) return 'Quite a lot'
  return 'Most days'
}
