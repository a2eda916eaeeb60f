import { differenceInCalendarDays, startOfWeek } from 'date-fns'
import type { CalendarDay, Outing } from '@/db/types'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'
import { getStartMs, hasEnded } from './outing-time'

export interface WeekGroup {
  /** The Monday the week starts on. */
  monday: CalendarDay
  label: string
  outings: Outing[]
}

export interface Plan {
  /** Planned, and their time is over: Today asks how they went. */
  toSettle: Outing[]
  /** Planned and still ahead (or under way), soonest first, grouped by week from Monday. */
  upcoming: WeekGroup[]
  /** Done, didn't happen or cancelled, newest first. */
  past: Outing[]
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' })

function weekLabel(monday: Date, thisMonday: Date): string {
  const weeks = Math.round(differenceInCalendarDays(monday, thisMonday) / 7)
  if (weeks <= 0) return 'This week'
  if (weeks === 1) return 'Next week'
  return `Week of ${dayMonth.format(monday)}`
}

const byStart = (a: Outing, b: Outing) => getStartMs(a) - getStartMs(b) || a.id.localeCompare(b.id)

/** Sorts outings into what to ask about, what is coming (by week) and what is behind. */
export function planOutings(outings: readonly Outing[], now: Date): Plan {
  const toSettle: Outing[] = []
  const ahead: Outing[] = []
  const past: Outing[] = []
  for (const outing of outings) {
    if (outing.status !== 'planned') past.push(outing)
    else if (hasEnded(outing, now)) toSettle.push(outing)
    else ahead.push(outing)
  }
  const thisMonday = startOfWeek(now, { weekStartsOn: 1 })
  const upcoming: WeekGroup[] = []
  for (const outing of ahead.sort(byStart)) {
    const day = parseCalendarDay(outing.day) ?? now
    const monday = toCalendarDay(startOfWeek(day, { weekStartsOn: 1 }))
    let group = upcoming.at(-1)
    if (!group || group.monday !== monday) {
      group = {
        monday,
        label: weekLabel(parseCalendarDay(monday) ?? thisMonday, thisMonday),
        outings: [],
      }
      upcoming.push(group)
    }
    group.outings.push(outing)
  }
  return { toSettle: toSettle.sort(byStart), upcoming, past: past.sort(byStart).reverse() }
}

/** The outing Today shows: one waiting to be asked about first, then the next one ahead. */
export function pickForToday(
  outings: readonly Outing[],
  now: Date,
): { outing: Outing; ask: boolean } | null {
  const plan = planOutings(outings, now)
  const settle = plan.toSettle.at(-1)
  if (settle) return { outing: settle, ask: true }
  const next = plan.upcoming[0]?.outings[0]
  return next ? { outing: next, ask: false } : null
}

/**
 * People named in earlier outings, most often first (then most recent), for suggesting next time.
 * "Sam, Alex and Mum" names three people; case is kept as first typed.
 */
export function rememberPeople(outings: readonly Pick<Outing, 'withWhom' | 'day'>[]): string[] {
  const seen = new Map<string, { name: string; count: number; last: string }>()
  for (const outing of outings) {
    for (const raw of outing.withWhom.split(/\s*(?:,|;|&|\+|\/|\band\b|\n)\s*/i)) {
      const name = raw.trim().replace(/\s+/g, ' ')
      if (name === '' || name.length > 60) continue
      const key = name.toLocaleLowerCase()
      const known = seen.get(key)
      if (known) {
        known.count += 1
        if (outing.day > known.last) known.last = outing.day
      } else seen.set(key, { name, count: 1, last: outing.day })
    }
  }
  return [...seen.values()]
    .sort(
      (a, b) => b.count - a.count || b.last.localeCompare(a.last) || a.name.localeCompare(b.name),
    )
    .map((person) => person.name)
}
