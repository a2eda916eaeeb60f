import { plural } from '@/lib/plural'
import { DAYS_BEFORE_PATTERNS, type Pattern } from '../logic/patterns'

/**
 * What happened on days with and without each habit or outing: shown only with enough days, in
 * words of what happened, never of what caused it.
 */
export function Patterns({
  patterns,
  daysNoted,
}: {
  patterns: Pattern[] | null
  daysNoted: number
}) {
  if (patterns === null) {
    return (
      <p className="field-hint">
        Patterns appear once there are {DAYS_BEFORE_PATTERNS} days with a mood; so far there{' '}
        {daysNoted === 1 ? 'is' : 'are'} {plural(daysNoted, 'day')}.
      </p>
    )
  }
  if (patterns.length === 0) {
    return (
      <p className="field-hint">
        Nothing to compare yet: a pattern needs at least three days with something and three days
        without it.
      </p>
    )
  }
  return (
    <>
      <ul className="patterns">
        {patterns.map((pattern) => (
          <li key={pattern.phrase} dir="auto">
            {pattern.sentence}{' '}
            <span className="field-hint">
              ({plural(pattern.withDays, 'day')} and {plural(pattern.withoutDays, 'other day')})
            </span>
          </li>
        ))}
      </ul>
      <p className="field-hint">
        These are what happened on those days, not what caused them: many things shape a day.
      </p>
    </>
  )
}
