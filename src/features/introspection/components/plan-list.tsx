import { useState } from 'react'
import { Link } from '@/components/link'
import type { CalendarDay, PlanCommitment } from '@/db/types'
import { showToast } from '@/components/toast-store'
import { plural } from '@/lib/plural'
import { describeError } from '@/lib/errors'
import { setArchived, toggleDone } from '../data/plan'
import { CADENCE_LABELS, habitLinkFor, keepsWatchingOrChasing, WATCHING_NOTE } from '../logic/plan'

interface PlanListProps {
  commitments: PlanCommitment[]
  today: CalendarDay
  /** Whether "Make it a habit" can be offered (the habits screen exists). */
  habitsAvailable: boolean
}

/** The plan's commitments: tick off for today, edit, archive, or turn into a habit. */
export function PlanList({ commitments, today, habitsAvailable }: PlanListProps) {
  const [problem, setProblem] = useState<string | null>(null)
  async function run(action: () => Promise<void>) {
    setProblem(null)
    try {
      await action()
    } catch (error) {
      setProblem(describeError(error, 'that did not change'))
    }
  }
  return (
    <>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <ul className="log-list">
        {commitments.map((commitment) => {
          const done = commitment.doneDays.includes(today)
          return (
            <li key={commitment.id} className="card commitment">
              <p className="commitment__text" dir="auto">
                <span className="commitment__if">If</span> {commitment.situation},{' '}
                <span className="commitment__if">then I will</span> {commitment.action}
              </p>
              <p className="log-link__meta">
                {CADENCE_LABELS[commitment.cadence]}
                {commitment.value && <> · for {commitment.value}</>}
                {commitment.doneDays.length > 0 &&
                  ` · done ${plural(commitment.doneDays.length, 'time')}`}
              </p>
              {keepsWatchingOrChasing(commitment) && (
                <p className="commitment__note">{WATCHING_NOTE}</p>
              )}
              <label className="choice">
                <input
                  type="checkbox"
                  checked={done}
                  onChange={() => void run(() => toggleDone(commitment.id, today))}
                />
                <span>Done today</span>
              </label>
              <div className="button-row">
                <Link className="button" to={`/journey/plan/${commitment.id}`}>
                  Edit<span className="visually-hidden">: {commitment.action}</span>
                </Link>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void run(async () => {
                      await setArchived(commitment.id, true)
                      showToast({
                        message: 'Archived. It stays under “Archived”.',
                        actionLabel: 'Undo',
                        onAction: () => setArchived(commitment.id, false),
                      })
                    })
                  }
                >
                  Archive<span className="visually-hidden">: {commitment.action}</span>
                </button>
                {habitsAvailable && (
                  <Link className="button button--quiet" to={habitLinkFor(commitment)}>
                    Make it a habit<span className="visually-hidden">: {commitment.action}</span>
                  </Link>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    </>
  )
}

/** Archived commitments, to look back on or bring back. */
export function ArchivedList({ commitments }: { commitments: PlanCommitment[] }) {
  return (
    <ul className="log-list">
      {commitments.map((commitment) => (
        <li key={commitment.id} className="log-link">
          <span dir="auto">
            If {commitment.situation}, then I will {commitment.action}
          </span>
          <button
            type="button"
            className="button button--quiet button--flush"
            onClick={() => void setArchived(commitment.id, false)}
          >
            Bring back<span className="visually-hidden">: {commitment.action}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
