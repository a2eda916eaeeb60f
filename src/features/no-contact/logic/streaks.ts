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
  /** True when the person stopped counting here ("Stop counting"), rather than a contact. */
  stopped?: boolean
}

/** One count as stored: its start, its end if it was stopped, and its kind of contact. */
export interface CountSpan {
  startAt: string
  endedAt: string | null
  mode: NoContactMode
}

/** Every count there has been, ended ones included: nothing is ever wiped. */
export interface CountHistory {
  longestDays: number
  /** Full days without contact over every attempt, the current one included. */
  totalDays: number
  /** Every attempt, oldest first; a restart or a stop ends one, and the history stays. */
  attempts: Attempt[]
  restarts: number
}

export interface StreakSummary extends CountHistory {
  current: { start: Date; days: number; hours: number }
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
 * Contact logged before the start or after `now` is ignored. `earlier` are the counts stopped
 * before this one: the longest stretch, all days, restarts and the attempts include them.
 */
export function summariseStreaks(
  plan: { startAt: string; mode: NoContactMode },
  contacts: readonly Contact[],
  now: Date,
  earlier: readonly CountSpan[] = [],
): StreakSummary {
  const history = summariseHistory([...earlier, { ...plan, endedAt: null }], contacts, now)
  const current = history.attempts.at(-1)
  const from = current?.start ?? new Date(plan.startAt)
  const currentDays = current?.days ?? 0
  const hours = Math.max(0, differenceInHours(now, addDays(from, currentDays)))
  return {
    ...history,
    current: { start: from, days: currentDays, hours },
    nextMilestone: MILESTONES.find((milestone) => milestone > currentDays) ?? null,
    milestoneToday: (MILESTONES as readonly number[]).includes(currentDays) ? currentDays : null,
  }
}

/**
 * Every count, running or stopped, cut into attempts by the contacts that restarted it. A later
 * start means there was contact then, so an earlier count ends there at the latest; the running
 * count is never shortened. No day is counted twice, so "all days" never exceeds the days that
 * passed; a stopped count wholly inside a later one adds nothing of its own.
 */
export function summariseHistory(
  plans: readonly CountSpan[],
  contacts: readonly Contact[],
  now: Date,
): CountHistory {
  const spans = plans
    .map((plan) => ({
      plan,
      start: Date.parse(plan.startAt),
      end: plan.endedAt === null ? null : Date.parse(plan.endedAt),
    }))
    .filter(({ start, end }) => !Number.isNaN(start) && !Number.isNaN(end ?? 0))
    .sort((a, b) => a.start - b.start)
  // Each contact is read once per kind of count, not once per count: years of log stay cheap.
  const restartTimes = new Map<NoContactMode, number[]>()
  const restartsFor = (mode: NoContactMode) => {
    let times = restartTimes.get(mode)
    if (!times) {
      times = contacts
        .filter((contact) => restartsCount(contact, mode))
        .map((contact) => Date.parse(contact.at))
        .filter((at) => !Number.isNaN(at))
        .sort((a, b) => a - b)
      restartTimes.set(mode, times)
    }
    return times
  }
  const attempts: Attempt[] = []
  let restartCount = 0
  let coveredUntil = Number.NEGATIVE_INFINITY
  spans.forEach(({ plan, start: startMs, end: endMs }, index) => {
    const running = endMs === null
    const nextStart = spans[index + 1]?.start ?? Number.POSITIVE_INFINITY
    const start = new Date(running ? startMs : Math.max(startMs, coveredUntil))
    const end = running ? now : new Date(Math.min(endMs, nextStart, now.getTime()))
    if (!running && end <= start) return
    coveredUntil = Math.max(coveredUntil, end.getTime())
    const restarts = restartsFor(plan.mode)
      .filter((at) => at >= start.getTime() && at <= end.getTime())
      .map((at) => new Date(at))
    restartCount += restarts.length
    let from = start
    for (const at of restarts) {
      attempts.push({ start: from, end: at, days: fullDays(from, at) })
      from = at
    }
    attempts.push(
      running
        ? { start: from, end: null, days: fullDays(from, now) }
        : { start: from, end, days: fullDays(from, end), stopped: true },
    )
  })
  return {
    longestDays: Math.max(0, ...attempts.map((attempt) => attempt.days)),
    totalDays: attempts.reduce((sum, attempt) => sum + attempt.days, 0),
    attempts,
    restarts: restartCount,
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
