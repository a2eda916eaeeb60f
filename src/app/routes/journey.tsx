import { Link } from 'react-router'
import { ListGroup, ListRow } from '@/components/list-row'
import { NoContactTodayCard } from '@/features/no-contact/components/today-card'
import { useCurrentDirection } from '@/features/assessment/data/assessments'
import { DIRECTION_LABELS } from '@/features/assessment/logic/direction'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'
import { ProgressLink } from '@/features/progress/components/progress-link'

/** The journey's tools, one per step of the way. Each later step adds its own card here. */
export function JourneyRoute() {
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  return (
    <>
      <title>Journey · Steady</title>
      <header className="page-header">
        <h1 tabIndex={-1}>Your journey</h1>
        <p className="lede">Tools for each part of the way. Use what helps, in any order.</p>
      </header>
      <JourneyStepsZeroAndOne exName={ex.name} />
      <section className="card" aria-labelledby="step-space">
        <p className="eyebrow">Give space</p>
        <h2 id="step-space">No contact</h2>
        <p>
          A counter for the days you don’t reach out to {ex.name}, a log for when contact happens,
          and help for the moments you want to.
        </p>
        <Link className="button button--primary" to="/journey/no-contact">
          Open the no-contact tracker
        </Link>
      </section>
      <section className="card" aria-labelledby="step-self">
        <p className="eyebrow">Focus on yourself</p>
        <h2 id="step-self">Habits</h2>
        <p>
          Walks, workouts, sleep, journaling: small habits you tick in a tap, with streaks that
          forgive rest days and a map of how it’s going.
        </p>
        <Link className="button button--primary" to="/journey/habits">
          Open habits
        </Link>
      </section>
      <NoContactTodayCard ex={ex} />
      <section className="card" aria-labelledby="step-live">
        <p className="eyebrow">Live your life</p>
        <h2 id="step-live">Outings</h2>
        <p>
          Plan time with friends and family, add it to your calendar, and look back on how it went.
        </p>
        <Link className="button button--primary" to="/journey/outings">
          Open the outing planner
        </Link>
      </section>
      <ProgressLink />
    </>
  )
}

/** Steps 0 and 1: assess, introspect, the plan, and the check on how you have been. */
function JourneyStepsZeroAndOne({ exName }: { exName: string }) {
  const direction = useCurrentDirection()
  return (
    <ListGroup label="Before anything: where you stand">
      <ListRow
        icon="spark"
        to="/journey/assess"
        title="Is it worth another try?"
        hint={
          direction
            ? `Your direction: ${DIRECTION_LABELS[direction].toLocaleLowerCase()}`
            : `A few honest questions about you and ${exName}`
        }
      />
      <ListRow
        icon="journal"
        to="/journey/introspect"
        title="Why it ended"
        hint="One question at a time: the reasons, your part, your values"
      />
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
  )
}
