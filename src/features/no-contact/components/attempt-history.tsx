import { Tile, TileRow } from '@/components/tile'
import { describeDay, toCalendarDay } from '@/lib/dates'
import { plural } from '@/lib/plural'
import type { StreakSummary } from '../logic/streaks'

/** Every count so far. A restart adds a line; nothing is ever wiped. */
export function AttemptHistory({ summary }: { summary: StreakSummary }) {
  const attempts = [...summary.attempts].reverse()
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
