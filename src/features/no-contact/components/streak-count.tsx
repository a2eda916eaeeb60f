import { ProgressRing } from '@/components/progress-ring'
import { formatTime, toInstant } from '@/lib/dates'
import { plural } from '@/lib/plural'
import { SHOW_HOURS_BELOW_DAYS, type StreakSummary } from '../logic/streaks'
import { describeMilestone } from '../logic/describe'

/**
 * The live count as a picture: a ring filling toward the next milestone, the days in its middle.
 * On the first day, no big "less than an hour": a calm "Day 1 · started 15:14", with the longest
 * stretch beside it when there was one before.
 */
export function StreakCount({
  summary,
  headingLevel = 2,
}: {
  summary: StreakSummary
  headingLevel?: 2 | 3
}) {
  const { current, nextMilestone, milestoneToday, longestDays } = summary
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const longest =
    summary.attempts.length > 1 && longestDays > current.days ? (
      <p className="streak-count__longest">Your longest: {plural(longestDays, 'day')}</p>
    ) : null

  if (current.days === 0) {
    return (
      <div className="streak-count streak-count--first-day">
        <Heading className="streak-count__label">Without contact</Heading>
        <p className="streak-count__day">Day 1 · started {formatTime(toInstant(current.start))}</p>
        {longest}
      </div>
    )
  }

  const goal = nextMilestone ?? current.days
  const hours =
    current.days < SHOW_HOURS_BELOW_DAYS && current.hours > 0
      ? `and ${plural(current.hours, 'hour')}`
      : null
  return (
    <div className="streak-count">
      <ProgressRing
        value={current.days}
        max={goal}
        label={nextMilestone ? `Toward ${nextMilestone} days` : 'Every milestone reached'}
        valueText={nextMilestone ? `${current.days} of ${nextMilestone} days` : 'Complete'}
      >
        <span className="streak-count__value">
          <span className="streak-count__number">{current.days}</span>{' '}
          <span className="streak-count__unit">{current.days === 1 ? 'day' : 'days'}</span>
        </span>
        {hours && <span className="streak-count__hours"> {hours}</span>}
      </ProgressRing>
      <div className="streak-count__words">
        <Heading className="streak-count__label">Without contact</Heading>
        {milestoneToday !== null && (
          <p className="streak-count__milestone" role="status">
            <span aria-hidden="true">✦ </span>
            {describeMilestone(milestoneToday)}
          </p>
        )}
        {nextMilestone !== null && (
          <p className="streak-count__next">
            Next milestone: {nextMilestone} days ({nextMilestone - current.days} to go)
          </p>
        )}
        {longest}
      </div>
    </div>
  )
}
