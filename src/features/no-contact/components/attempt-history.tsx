import { Tile, TileRow } from '@/components/tile'
import { describeDay, toCalendarDay } from '@/lib/dates'
import { plural } from '@/lib/plural'
import type { CountHistory } from '../logic/streaks'

/** Every count so far, stopped ones included. A restart or a stop adds a line; nothing is wiped. */
export function AttemptHistory({ summary }: { summary: CountHistory }) {
  const attempts = [...summary.attempts].reverse()
  const running = summary.attempts.at(-1)?.end === null
  return (
    <>
      <TileRow>
        <Tile value={plural(summary.longestDays, 'day')} label="Longest stretch" />
        <Tile value={plural(summary.totalDays, 'day')} label="All days without contact" />
        <Tile
          value={summary.restarts === 0 ? 'None' : summary.restarts}
          label="Restarts"
          hint={summary.restarts === 0 ? undefined : 'Each one a restart, not a failure'}
        />
      </TileRow>
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
