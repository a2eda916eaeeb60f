import { Link } from 'react-router'
import { NoContactTodayCard } from '@/features/no-contact/components/today-card'
import { useCurrentDirection } from '@/features/assessment/data/assessments'
import { DIRECTION_LABELS } from '@/features/assessment/logic/direction'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

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
      <NoContactTodayCard ex={ex} />
    </>
  )
}

/** Steps 0 and 1: assess, introspect, the plan, and the check on how you have been. */
function JourneyStepsZeroAndOne({ exName }: { exName: string }) {
  const direction = useCurrentDirection()
  return (
    <>
      <section className="card" aria-labelledby="step-assess">
        <p className="eyebrow">Step 0 · Assess</p>
        <h2 id="step-assess">Is it worth another try?</h2>
        <p>
          {direction
            ? `Your direction: ${DIRECTION_LABELS[direction].toLocaleLowerCase()}. Look again any time.`
            : `A few honest questions about you and ${exName}, and which way they point.`}
        </p>
        <Link className="button" to="/journey/assess">
          {direction ? 'Your assessment' : 'Start the assessment'}
        </Link>
      </section>
      <section className="card" aria-labelledby="step-introspect">
        <p className="eyebrow">Step 1 · Introspect</p>
        <h2 id="step-introspect">Why it ended, and what now</h2>
        <p>
          One question at a time: the reasons, your part and theirs, your values. Then a plan of
          small, concrete things you will do.
        </p>
        <div className="button-row">
          <Link className="button" to="/journey/introspect">
            Understand why it ended
          </Link>
          <Link className="button" to="/journey/plan">
            Your action plan
          </Link>
        </div>
      </section>
      <section className="card" aria-labelledby="step-wellbeing">
        <h2 id="step-wellbeing">How have you been?</h2>
        <p>An optional two-minute check on the last two weeks, to see how things change.</p>
        <Link className="button" to="/journey/wellbeing">
          Check in with yourself
        </Link>
      </section>
    </>
  )
}
