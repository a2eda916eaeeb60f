import { startOfWeek } from 'date-fns'
import type { UrgeLog } from '@/db/types'

/** Urges since Monday (the week as the person's calendar shows it) and in all. */
export function summariseUrges(
  urges: readonly Pick<UrgeLog, 'at'>[],
  now: Date,
): { thisWeek: number; total: number } {
  const weekStart = startOfWeek(now, { weekStartsOn: 1 }).getTime()
  const thisWeek = urges.filter((urge) => new Date(urge.at).getTime() >= weekStart).length
  return { thisWeek, total: urges.length }
}
