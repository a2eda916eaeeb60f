import { useLocation } from 'react-router'
import { Link } from '@/components/link'
import { ListGroup, ListRow } from '@/components/list-row'
import type { IconName } from '@/components/icons'
import { NextStepCard } from '@/features/journey/components/next-step-card'
import {
  describeStepDone,
  getNextStep,
  JOURNEY_STEPS,
  type StepId,
} from '@/features/journey/logic/steps'
import { useNow } from '@/hooks/use-now'
import { useJourneyProgress } from '../journey-progress'
import { ProgressLink } from '@/features/progress/components/progress-link'

const ICONS: Record<StepId, IconName> = {
  assess: 'spark',
  introspect: 'journal',
  space: 'wave',
  self: 'heart',
  live: 'person',
  post: 'message',
}

/**
 * The journey map: the article's steps as a path, what the person has done in each, and the one
 * next thing to do. Arriving from the welcome, it says what it is and where to begin.
 */
export function JourneyRoute() {
  const progress = useJourneyProgress()
  const now = useNow()
  const { state } = useLocation()
  const firstVisit = (state as { firstVisit?: unknown } | null)?.firstVisit === true
  return (
    <>
      <title>Journey · Steady</title>
      <header className="page-header">
        <h1 tabIndex={-1}>Your journey</h1>
        <p className="lede">
          {firstVisit
            ? 'Here is the path Steady follows: six steps, at your own pace. Nothing is locked, and you can go back to any step.'
            : 'Six steps, at your own pace. Use what helps, in any order.'}
        </p>
      </header>
      {progress && (
        <>
          <NextStepCard
            next={getNextStep(progress)}
            eyebrow={firstVisit ? 'Where to begin' : 'Your next step'}
            headingId="journey-next-step"
          />
          {firstVisit && (
            <p>
              <Link className="button button--quiet button--flush" to="/">
                Or go to Today and check in first
              </Link>
            </p>
          )}
          <ListGroup label="The path">
            {JOURNEY_STEPS.map((step) => (
              <ListRow
                key={step.id}
                icon={ICONS[step.id]}
                to={step.to}
                title={step.title}
                hint={step.purpose}
                status={
                  describeStepDone(step.id, progress, now) ??
                  (step.id === 'post' ? 'Optional' : 'Not yet')
                }
              />
            ))}
          </ListGroup>
          <ListGroup label="Along the way">
            <ListRow
              icon="check"
              to="/journey/plan"
              title="Your action plan"
              hint="“If…, then I will…”: small, concrete steps"
            />
            <ListRow
              icon="heart"
              to="/journey/wellbeing"
              title="How have you been?"
              hint="An optional two-minute check on the last two weeks"
            />
          </ListGroup>
        </>
      )}
      <ProgressLink />
    </>
  )
}
