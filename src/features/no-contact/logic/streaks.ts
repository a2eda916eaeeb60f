import { addDays, differenceInDays, differenceInHours } from 'date-fns'
import type { ContactLog, NoContactMode } from '@/db/types'
import { plural } from '@/lib/plural'

export const MILESTONES = [3, 7, 14, 21, 30, 60, 90, 180, 365] as const

/** The first days are counted in hours too: that is when every hour is hard won. */
export const SHOW_HOURS_BELOW_DAYS = 3

type Contact = Pick<ContactLog, 'at' | 'initiator' | 'replied' | 'withinAgreement'>

/**
 * Whether a contact restarts the count. Reaching out, or answering when the ex reached out, does;
 * the ex reaching out unanswered does not; running into each other does only if the person says
 * they engaged; in limited contact, contact within what was agreed (children, work, a shared home)
 * never does.
 */
export function restartsCount(
  contact: Pick<Contact, 'initiator' | 'replied' | 'withinAgreement'>,
  mode: NoContactMode,
): boolean {
  if (mode === 'limited' && contact.withinAgreement) return false
  if (contact.initiator === 'ex' || contact.initiator === 'encounter') return contact.replied
  return true
}

export interface Attempt {
  start: Date
  /** null for the attempt that is still running. */
  end: Date | null
  days: number
}

export interface StreakSummary {
  current: { start: Date; days: number; hours: number }
  longestDays: number
  /** Full days without contact over every attempt, the current one included. */
  totalDays: number
  /** Every attempt, oldest first; a restart starts a new one and the history stays. */
  attempts: Attempt[]
  restarts: number
  /** The next milestone ahead, or null past the last one. */
  nextMilestone: number | null
  /** A milestone reached today, for a quiet word of recognition. */
  milestoneToday: number | null
}

/**
 * Works out the count from the plan's start and the contact log, in any order, with edits and
 * deletions simply reflected in the log. Days are full days in local time (a 23- or 25-hour DST
 * day counts as one), measured between stored instants, so travelling to another time zone does not
 * change the day count.
 * Contact logged before the start or after `now` is ignored.
 */
export function summariseStreaks(
  plan: { startAt: string; mode: NoContactMode },
  contacts: readonly Contact[],
  now: Date,
): StreakSummary {
  const start = new Date(plan.startAt)
  const restarts = contacts
    .filter((contact) => restartsCount(contact, plan.mode))
    .map((contact) => new Date(contact.at))
    .filter((at) => at >= start && at <= now)
    .sort((a, b) => a.getTime() - b.getTime())

  const attempts: Attempt[] = []
  let from = start
  for (const at of restarts) {
    attempts.push({ start: from, end: at, days: fullDays(from, at) })
    from = at
  }
  const currentDays = fullDays(from, now)
  attempts.push({ start: from, end: null, days: currentDays })

  const hours = Math.max(0, differenceInHours(now, addDays(from, currentDays)))
  return {
    current: { start: from, days: currentDays, hours },
    longestDays: Math.max(...attempts.map((attempt) => attempt.days)),
    totalDays: attempts.reduce((sum, attempt) => sum + attempt.days, 0),
    attempts,
    restarts: restarts.length,
    nextMilestone: MILESTONES.find((milestone) => milestone > currentDays) ?? null,
    milestoneToday: (MILESTONES as readonly number[]).includes(currentDays) ? currentDays : null,
  }
}

function fullDays(from: Date, to: Date): number {
  return Math.max(0, differenceInDays(to, from))
}

/** "2 days, 5 hours", "12 days", "Less than an hour". */
export function describeDuration(days: number, hours: number): string {
  if (days === 0 && hours === 0) return 'Less than an hour'
  const dayText = plural(days, 'day')
  if (days >= SHOW_HOURS_BELOW_DAYS) return dayText
  const hourText = plural(hours, 'hour')
  if (days === 0) return hourText
  return `${dayText}, ${hourText}`
}
