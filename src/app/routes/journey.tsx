import { Link } from 'react-router'
import { NoContactTodayCard } from '@/features/no-contact/components/today-card'
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
    </>
  )
}
