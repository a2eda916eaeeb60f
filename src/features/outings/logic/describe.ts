import type { Outing, OutingKind } from '@/db/types'
import { formatLongDate, parseCalendarDay } from '@/lib/dates'
import { describeTimeZone } from '@/lib/time-zones'

/** The ideas offered when planning (the article's step 4, and a few more). */
export const OUTING_IDEAS: readonly { kind: OutingKind; label: string; title: string }[] = [
  { kind: 'friends', label: 'Friends’ night', title: 'Friends’ night' },
  { kind: 'movie', label: 'A movie', title: 'Movie' },
  { kind: 'dinner', label: 'Dinner', title: 'Dinner' },
  { kind: 'family', label: 'Family visit', title: 'Family visit' },
  { kind: 'walk', label: 'A walk', title: 'A walk' },
  { kind: 'class', label: 'A class', title: 'A class' },
  { kind: 'new', label: 'Something new', title: 'Something new' },
]

// The person's own 12- or 24-hour habit; the wall time is shown as written, whatever the zone.
const clock = new Intl.DateTimeFormat(undefined, {
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** "19:00" or "7:00 PM" from "HH:mm". */
export function formatClock(time: string): string {
  const [hour, minute] = time.split(':').map(Number)
  return clock.format(new Date(Date.UTC(2000, 0, 1, hour ?? 0, minute ?? 0)))
}

/**
 * "Saturday 5 December, 19:00–22:00", "Saturday 5 December, all day". When the phone is now in
 * another zone than the one it was planned in, the times say whose they are ("London time").
 */
export function describeWhen(
  outing: Pick<Outing, 'day' | 'startTime' | 'endTime' | 'endsNextDay' | 'timeZone'>,
  options: { now?: Date; currentZone?: string } = {},
): string {
  const date = parseCalendarDay(outing.day)
  const day = date ? formatLongDate(date, options.now) : outing.day
  if (outing.startTime === null) return `${day}, all day`
  const end = outing.endTime
    ? `–${formatClock(outing.endTime)}${outing.endsNextDay ? ' (next day)' : ''}`
    : ''
  const zone =
    options.currentZone && options.currentZone !== outing.timeZone
      ? ` (${describeTimeZone(outing.timeZone)} time)`
      : ''
  return `${day}, ${formatClock(outing.startTime)}${end}${zone}`
}

export const STATUS_LABELS: Record<Outing['status'], string> = {
  planned: 'Planned',
  done: 'Done',
  missed: 'Didn’t happen',
  cancelled: 'Cancelled',
}
