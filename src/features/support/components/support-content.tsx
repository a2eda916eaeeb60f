import { useDeferredValue } from 'react'
import { Link } from '@/components/link'
import type { ExWords } from '@/lib/pronouns'
import { useSafetyPlan } from '../data/safety-plans'
import { useTrustedPeople } from '../data/trusted-people'
import { momentWords, reachOutMessage } from '../logic/moment'
import { hasPlan } from '../logic/safety-plan'
import { BreathingGuide } from './breathing-guide'
import { StoredHelpLines } from './help-now-body'
import { GroundingExercise } from './grounding-exercise'
import { SafetyPlanView, TrustedPeopleActions } from './personal-help'

/**
 * What to do when it is very hard right now, in the order that helps most: the person's own plan,
 * a minute of grounding and a breath, people they trust, talk lines, and only then emergency
 * numbers. Everything here works with no connection.
 */
export function SupportContent({ ex }: { ex: ExWords }) {
  const words = momentWords()
  // The first cards paint at once; the rest is drawn just after, in a render React can pause
  // (a deferred value), so a slow phone is never stuck in one long task before it can answer a tap.
  const whole = useDeferredValue(true, false)
  return (
    <>
      <SafetyPlanCard />
      <GroundingExercise />
      {whole && <RestOfSupport ex={ex} words={words} />}
    </>
  )
}

function RestOfSupport({ ex, words }: { ex: ExWords; words: ReturnType<typeof momentWords> }) {
  return (
    <>
      <section className="card" id="breathe" aria-labelledby="breathe-heading">
        <h2 id="breathe-heading" tabIndex={-1}>
          Breathe for two minutes
        </h2>
        <p>
          A strong feeling is a wave: it rises, peaks and passes. Slow breathing helps it pass
          sooner.
        </p>
        <BreathingGuide />
      </section>

      <TrustedPeopleCard />
      <StoredHelpLines />

      <section className="card" aria-labelledby="write-heading">
        <h2 id="write-heading">Write it here instead of texting {ex.name}</h2>
        <p>
          Whatever is pulling you to reach out, it makes sense. Put what you want to say to{' '}
          {ex.object} into words here. Nobody will see it. Read it again later and decide then, with
          a calmer head.
        </p>
        <div className="button-row">
          <Link className="button button--primary" to="/journey/no-contact/urge">
            Wait it out and write it here
          </Link>
          <Link className="button" to="/?check-in">
            Write in today’s journal
          </Link>
        </div>
      </section>

      <section className="card" aria-labelledby="small-heading">
        <h2 id="small-heading">Small things that help</h2>
        <ul className="plain-list">
          <li>Drink a glass of water and eat something small.</li>
          <li>Step outside or open a window for a few minutes.</li>
          <li>Put the phone in another room for ten minutes; the urge usually fades.</li>
          <li>
            {words.night
              ? 'It’s late: this may feel lighter after sleep. You don’t have to decide anything tonight.'
              : 'You don’t have to decide anything right now. Feelings this strong change.'}
          </li>
        </ul>
      </section>
    </>
  )
}

function SafetyPlanCard() {
  const plan = useSafetyPlan()
  // Holds the place of the card most people see (no plan yet), so nothing below moves when it comes.
  if (plan === undefined)
    return <section className="card card--loading safety-plan-loading" aria-busy="true" />
  const planned = plan !== null && hasPlan(plan)
  return (
    <section className="card card--soft" aria-labelledby="plan-heading">
      <h2 id="plan-heading">
        {planned ? 'My plan for hard moments' : 'Make a plan for hard moments'}
      </h2>
      {planned ? (
        <SafetyPlanView plan={plan} />
      ) : (
        <p>
          A few lines in your own words, written on a calmer day: your warning signs, what helps,
          who to call. It shows first whenever you open Get help now.
        </p>
      )}
      <Link className={planned ? 'button' : 'button button--primary'} to="/support/plan">
        {planned ? 'Change my plan' : 'Make a plan for hard moments'}
      </Link>
    </section>
  )
}

function TrustedPeopleCard() {
  const people = useTrustedPeople()
  return (
    <section className="card" aria-labelledby="friend-heading">
      <h2 id="friend-heading">Reach out to someone who cares about you</h2>
      {people && people.length > 0 ? (
        <>
          <p>
            A message is ready to send; change it as you like. You don’t have to explain everything.
          </p>
          <TrustedPeopleActions people={people} />
          <p>
            <Link to="/support/people">Change who is here</Link>
          </p>
        </>
      ) : (
        <>
          <p>
            Call or message a friend or someone in your family. You don’t have to explain
            everything: “{reachOutMessage()}” is enough.
          </p>
          <Link className="button" to="/support/people">
            Add someone you trust
          </Link>
        </>
      )}
    </section>
  )
}
