import { Link } from '@/components/link'
import type { ExWords } from '@/lib/pronouns'
import { useCurrentDirection, useAssessmentInProgress } from '../data/assessments'
import { DIRECTION_LABELS } from '../logic/direction'

/** Today's line for step 0: an invitation before any assessment, the chosen direction after. */
export function DirectionTodayCard({ ex }: { ex: ExWords }) {
  const direction = useCurrentDirection()
  const inProgress = useAssessmentInProgress()
  if (direction === undefined || inProgress === undefined) return null
  if (direction === null) {
    return (
      <section className="card card--soft" aria-labelledby="today-assess">
        <h2 id="today-assess">Is it worth another try?</h2>
        <p>
          A few honest questions about you and {ex.name} can help you see which way to go: another
          try, or letting go and healing.
        </p>
        <Link className="button" to="/journey/assess">
          {inProgress ? 'Carry on where you left off' : 'Take the questions'}
        </Link>
      </section>
    )
  }
  return (
    <section className="card card--soft" aria-labelledby="today-direction">
      <p className="eyebrow">Your direction</p>
      <h2 id="today-direction">{DIRECTION_LABELS[direction]}</h2>
      <p>
        {direction === 'try-again'
          ? 'Work on what broke, and on yourself: you come first, whatever happens.'
          : 'One day at a time. Each day you look after yourself counts.'}
      </p>
      <Link className="button button--quiet button--flush" to="/journey/assess">
        Look again or change it
      </Link>
    </section>
  )
}
