import type { Outing } from '@/db/types'
import { plural } from '@/lib/plural'

export interface OutingMonth {
  /** `yyyy-MM` */
  month: string
  done: number
}

/** Outings that happened, per month, for the `months` months ending with today's: one pass. */
export function countDoneByMonth(
  outings: readonly Pick<Outing, 'day' | 'status'>[],
  today: string,
  months = 12,
): OutingMonth[] {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7)) - 1
  const last = year * 12 + month
  const first = last - months + 1
  const counts = new Array<number>(months).fill(0)
  for (const outing of outings) {
    if (outing.status !== 'done' || outing.day > today) continue
    const index = Number(outing.day.slice(0, 4)) * 12 + Number(outing.day.slice(5, 7)) - 1 - first
    if (index >= 0 && index < months) counts[index]!++
  }
  return counts.map((done, i) => {
    const value = first + i
    return { month: `${Math.floor(value / 12)}-${String((value % 12) + 1).padStart(2, '0')}`, done }
  })
}

/** "2 outings this month; 14 in the last 12 months". */
export function describeOutingMonths(months: readonly OutingMonth[]): string {
  const total = months.reduce((sum, month) => sum + month.done, 0)
  if (total === 0) return `No outings done in the last ${months.length} months yet`
  const thisMonth = months.at(-1)?.done ?? 0
  // "0 outings" reads like a mark; a month just begun has simply had none yet.
  const now =
    thisMonth === 0 ? 'No outings this month yet' : `${plural(thisMonth, 'outing')} this month`
  return `${now}; ${total} in the last ${months.length} months`
}
