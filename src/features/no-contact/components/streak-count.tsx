import type { StreakSummary } from '../logic/streaks'
import { describeDuration } from '../logic/streaks'
import { describeMilestone } from '../logic/describe'

/** The live count: big, plain, with the next milestone and a quiet word when one is reached. */
export function StreakCount({
  summary,
  headingLevel = 2,
}: {
  summary: StreakSummary
  headingLevel?: 2 | 3
}) {
  const { current, nextMilestone, milestoneToday } = summary
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="streak-count">
      <Heading className="streak-count__label">Without contact</Heading>
      <p className="streak-count__value">{describeDuration(current.days, current.hours)}</p>
      {milestoneToday !== null && (
        <p className="streak-count__milestone" role="status">
          <span aria-hidden="true">✦ </span>
          {describeMilestone(milestoneToday)}
        </p>
      )}
      {nextMilestone !== null && (
        <p className="field-hint">
          Next milestone: {nextMilestone} days ({nextMilestone - current.days} to go)
        </p>
      )}
    </div>
  )
}
