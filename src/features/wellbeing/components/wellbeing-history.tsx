import type { WellbeingCheck } from '@/db/types'
import { describeDay } from '@/lib/dates'
import { describeSum, sumAnswers } from '../logic/check'

/** Past checks, newest first, in words: kept for the trend Progress draws. */
export function WellbeingHistory({ checks }: { checks: WellbeingCheck[] }) {
  return (
    <ul className="log-list">
      {checks.map((check) => {
        const sums = sumAnswers(check)
        return (
          <li key={check.id} className="log-link">
            <span className="log-link__meta">{describeDay(check.day)}</span>
            <span>Low mood or little interest: {describeSum(sums.mood).toLocaleLowerCase()}</span>
            <span>Nerves or worry: {describeSum(sums.worry).toLocaleLowerCase()}</span>
          </li>
        )
      })}
    </ul>
  )
}
