import { toWallTime, zoneOffsetMinutes } from '@/lib/time-zones'
import { formatLocal, formatOffset } from './ics-writer'

/** A change of a zone's UTC offset: at `at` (epoch ms) the clocks go from `from` to `to` minutes. */
export interface OffsetChange {
  at: number
  from: number
  to: number
}

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

function startOfYearUtc(year: number): number {
  return Date.UTC(year, 0, 1) - DAY_MS
}

/** Every offset change in `zone` from the start of `fromYear` to the end of `toYear`, found with Intl. */
export function findOffsetChanges(zone: string, fromYear: number, toYear: number): OffsetChange[] {
  const changes: OffsetChange[] = []
  const end = startOfYearUtc(toYear + 1) + 2 * DAY_MS
  let time = startOfYearUtc(fromYear)
  let offset = zoneOffsetMinutes(zone, time)
  // Zones change at most a few times a year and never twice within a day: a daily step finds each
  // change, and halving the interval pins it to the second.
  while (time < end) {
    const next = time + DAY_MS
    const nextOffset = zoneOffsetMinutes(zone, next)
    if (nextOffset !== offset) {
      let low = time
      let high = next
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000
        if (zoneOffsetMinutes(zone, middle) === offset) low = middle
        else high = middle
      }
      if (toWallTime(high, zone).year >= fromYear)
        changes.push({ at: high, from: offset, to: nextOffset })
    }
    time = next
    offset = nextOffset
  }
  return changes.filter((change) => toWallTime(change.at, zone).year <= toYear)
}

/** The onset of a change as RFC 5545 wants it: local time by the offset in force before it. */
function onset(change: OffsetChange) {
  const local = new Date(change.at + change.from * 60_000)
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
  }
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

/** "the last Sunday of March" or "the second Sunday of March" as BYDAY, from one onset. */
function ruleCandidates(at: ReturnType<typeof onset>): string[] {
  const daysInMonth = new Date(Date.UTC(at.year, at.month, 0)).getUTCDate()
  const weekday = WEEKDAYS[at.weekday]
  const candidates = [`BYMONTH=${at.month};BYDAY=${Math.ceil(at.day / 7)}${weekday}`]
  if (at.day + 7 > daysInMonth) candidates.push(`BYMONTH=${at.month};BYDAY=-1${weekday}`)
  return candidates
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  start: string,
  from: number,
  to: number,
  rule?: string,
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    ...(rule ? [`RRULE:FREQ=YEARLY;${rule}`] : []),
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `END:${kind}`,
  ]
}

/** One yearly rule that fits every change, if there is one. */
function commonRule(changes: OffsetChange[]): string | null {
  const onsets = changes.map(onset)
  const first = onsets[0]
  if (!first) return null
  const sameTime = onsets.every(
    (at) => at.hour === first.hour && at.minute === first.minute && at.second === first.second,
  )
  if (!sameTime) return null
  return (
    ruleCandidates(first).find((rule) => onsets.every((at) => ruleCandidates(at).includes(rule))) ??
    null
  )
}

/**
 * The VTIMEZONE for `zone` over the given years, worked out from the browser's Intl data: the
 * offset at the start of the first year, then each change. With `recurring`, changes that follow
 * one yearly rule (the last Sunday of March…) are written once with an RRULE, so an event that
 * repeats for years keeps the right time; otherwise each change is listed.
 */
export function buildVTimezone(
  zone: string,
  fromYear: number,
  toYear: number,
  options: { recurring?: boolean } = {},
): string[] {
  const changes = findOffsetChanges(zone, fromYear, toYear)
  const startMs =
    Date.UTC(fromYear, 0, 1) - zoneOffsetMinutes(zone, Date.UTC(fromYear, 0, 1)) * 60_000
  const baseOffset = zoneOffsetMinutes(zone, startMs)
  const standard = Math.min(baseOffset, ...changes.map((change) => change.to))
  const kindOf = (to: number) => (to > standard ? 'DAYLIGHT' : 'STANDARD')
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(
      kindOf(baseOffset),
      formatLocal({ year: fromYear, month: 1, day: 1, hour: 0, minute: 0 }),
      baseOffset,
      baseOffset,
    ),
  ]
  const groups = new Map<string, OffsetChange[]>()
  for (const change of changes) {
    const key = `${change.from}>${change.to}`
    groups.set(key, [...(groups.get(key) ?? []), change])
  }
  for (const group of groups.values()) {
    const years = new Set(group.map((change) => onset(change).year))
    const rule =
      options.recurring && years.size === group.length && years.size === toYear - fromYear + 1
        ? commonRule(group)
        : null
    const listed = rule ? group.slice(0, 1) : group
    for (const change of listed) {
      lines.push(
        ...observance(
          kindOf(change.to),
          formatLocal(onset(change)),
          change.from,
          change.to,
          rule ?? undefined,
        ),
      )
    }
  }
  lines.push('END:VTIMEZONE')
  return lines
}
