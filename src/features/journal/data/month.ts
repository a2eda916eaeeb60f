import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import type { CalendarDay } from '@/db/types'

/** The entries written on any of `days`, by the day index (for "on this day"); never all. */
export function useEntriesOnDays(days: readonly CalendarDay[]) {
  const key = days.join(',')
  return useLiveQuery(
    () => (key === '' ? [] : db.entries.where('day').anyOf(key.split(',')).toArray()),
    [key],
  )
}
