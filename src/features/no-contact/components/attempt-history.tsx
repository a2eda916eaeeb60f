import { describeDay, toCalendarDay } from '@/lib/dates'
import { plural } from '@/lib/plural'
import type { CountHistory } from '../logic/streaks'

/** Every count so far, stopped ones included. A restart or a stop adds a line; nothing is wiped. */
export function AttemptHistory({ summary }: { summary: CountHistory }) {
  const attempts = [...summary.attempts].reverse()
  const running = summary.attempts.at(-1)?.end === null
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
      {(attempts.length > 1 || !running) && (
        <ol className="plain-list" aria-label="Every count so far, newest first">
          {attempts.map((attempt, index) => (
            <li key={`${attempts.length - index}:${attempt.start.toISOString()}`}>
              {describeDay(toCalendarDay(attempt.start))} –{' '}
              {attempt.end ? describeDay(toCalendarDay(attempt.end)) : 'now'}:{' '}
              {plural(attempt.days, 'day')}
              {attempt.stopped && ' (you stopped counting)'}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
