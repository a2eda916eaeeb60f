import type { HabitTarget, Weekday } from '@/db/types'
import { plural } from '@/lib/plural'

export const MAX_TIMES_A_WEEK = 7

/** How many times a day the habit is meant to happen on average: Loop's `f`. */
export function frequencyPerDay(target: HabitTarget): number {
  if (target.kind === 'weekly') return target.times / 7
  // A chosen-weekdays habit counts like a daily one on its days; the other days leave it be.
  return 1
}

/** Whether the habit is planned on a weekday. Weekly targets can be met on any day. */
export function isPlannedOn(target: HabitTarget, weekday: number): boolean {
  return target.kind !== 'weekdays' || target.days.includes(weekday as Weekday)
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? ''
}

export function weekdayShortName(weekday: number): string {
  return WEEKDAY_SHORT[weekday] ?? ''
}

/** The weekdays in the order the person's week runs. */
export function weekdaysInOrder(weekStartsOn: number): Weekday[] {
  return Array.from({ length: 7 }, (_, i) => ((weekStartsOn + i) % 7) as Weekday)
}

/** "Every day", "3 times a week", "Mon, Wed and Fri". */
export function describeTarget(target: HabitTarget, weekStartsOn = 1): string {
  if (target.kind === 'daily') return 'Every day'
  if (target.kind === 'weekly') {
    if (target.times === 7) return 'Every day of the week'
    return target.times === 1 ? 'Once a week' : `${plural(target.times, 'time')} a week`
  }
  const days = weekdaysInOrder(weekStartsOn).filter((day) => target.days.includes(day))
  if (days.length === 7) return 'Every day'
  const names = days.map(weekdayShortName)
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
