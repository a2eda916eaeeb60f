import { describeDay, toCalendarDay } from '@/lib/dates'
import { plural } from '@/lib/plural'
import type { StreakSummary } from '../logic/streaks'

/** Every count so far. A restart adds a line; nothing is ever wiped. */
export function AttemptHistory({ summary }: { summary: StreakSummary }) {
  const attempts = [...summary.attempts].reverse()
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Longest stretch</dt>
          <dd>{plural(summary.longestDays, 'day')}</dd>
        </div>
        <div>
          <dt>All days without contact</dt>
          <dd>{plural(summary.totalDays, 'day')}</dd>
        </div>
        <div>
          <dt>Restarts</dt>
          <dd>
            {summary.restarts === 0
              ? 'None'
              : `${summary.restarts}: each one a restart, not a failure`}
          </dd>
        </div>
      </dl>
      {attempts.length > 1 && (
        <ol className="plain-list" aria-label="Every count so far, newest first">
          {attempts.map((attempt) => (
            <li key={attempt.start.toISOString()}>
              {describeDay(toCalendarDay(attempt.start))} –{' '}
              {attempt.end ? describeDay(toCalendarDay(attempt.end)) : 'now'}:{' '}
              {plural(attempt.days, 'day')}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
