/**
 * Wall-clock times in a named (IANA) time zone, worked out with the browser's own Intl data, so no
 * time-zone database has to ship. An outing keeps the zone it was planned in: if the person travels,
 * "dinner at 19:00" stays 19:00 where the dinner is.
 */

/** A local date and time, as on a clock on the wall in some time zone. */
export interface WallTime {
  year: number
  /** 1–12 */
  month: number
  day: number
  hour: number
  minute: number
  second?: number
}

/** The browser's own time zone ("Europe/London"); "UTC" when the browser cannot tell. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** Whether Intl knows the zone (a backup from another browser could name one it lacks). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** The wall-clock time in `zone` at the instant `epochMs`. */
export function toWallTime(epochMs: number, zone: string): Required<WallTime> {
  const parts: Record<string, string> = {}
  for (const part of partsFormatter(zone).formatToParts(new Date(epochMs))) {
    parts[part.type] = part.value
  }
  const year = Number(parts.year)
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

function wallAsUtc(wall: WallTime): number {
  const date = new Date(0)
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day)
  date.setUTCHours(wall.hour, wall.minute, wall.second ?? 0, 0)
  return date.getTime()
}

/** Minutes east of UTC that `zone` is at the instant `epochMs` (London in summer: 60). */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000
  return Math.round((wallAsUtc(toWallTime(whole, zone)) - whole) / 60_000)
}

const DAY_MS = 86_400_000

/**
 * The instant at which a wall-clock time happens in `zone`. A time that a clock change skips (02:30
 * on a spring-forward night) moves forward by the gap, as calendars do; a time that happens twice
 * (the autumn night) is the first of the two.
 */
export function fromWallTime(wall: WallTime, zone: string): number {
  const asUtc = wallAsUtc(wall)
  // At most one clock change lies within a day either side, so these are the only offsets in play.
  const offsets = [
    ...new Set([zoneOffsetMinutes(zone, asUtc - DAY_MS), zoneOffsetMinutes(zone, asUtc + DAY_MS)]),
  ]
  const valid = offsets
    .map((offset) => asUtc - offset * 60_000)
    .filter((candidate) => zoneOffsetMinutes(zone, candidate) * 60_000 === asUtc - candidate)
  if (valid.length > 0) return Math.min(...valid)
  return asUtc - Math.min(...offsets) * 60_000
}

/** "Europe/London" → "London"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function describeTimeZone(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ')
}
