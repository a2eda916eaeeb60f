import type { SafetyPlan, TrustedPerson } from '@/db/types'
import { useSafetyPlan } from '../data/safety-plans'
import { useTrustedPeople } from '../data/trusted-people'
import { reachOutMessage } from '../logic/moment'
import { smsHref, telHref } from '../logic/phone'
import { hasPlan, SAFETY_PLAN_PARTS } from '../logic/safety-plan'

/** The person's own safety plan, the parts they wrote, to read in a hard moment. */
export function SafetyPlanView({ plan }: { plan: SafetyPlan }) {
  return (
    <dl className="safety-plan">
      {SAFETY_PLAN_PARTS.filter((part) => plan[part.key].trim() !== '').map((part) => (
        <div key={part.key} className="safety-plan__part">
          <dt>{part.title}</dt>
          <dd dir="auto">{plan[part.key]}</dd>
        </div>
      ))}
    </dl>
  )
}

/** "Text Maya" with a line ready to send, and "Call Maya": built only from the saved digits. */
export function TrustedPeopleActions({ people }: { people: TrustedPerson[] }) {
  const message = reachOutMessage()
  return (
    <ul className="trusted-list">
      {people.map((person) => {
        const sms = smsHref(person.dial, message)
        const tel = telHref(person.dial)
        return (
          <li key={person.id} className="button-row">
            {sms && (
              <a className="button button--primary" href={sms}>
                Text <bdi>{person.name}</bdi>
              </a>
            )}
            {tel && (
              <a className="button" href={tel}>
                Call <bdi>{person.name}</bdi>
              </a>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** In Get help now: the plan and the people first, when there are any. Reads the database. */
export function PersonalHelp() {
  const plan = useSafetyPlan()
  const people = useTrustedPeople()
  if (plan === undefined || people === undefined) return null
  const planned = plan && hasPlan(plan)
  if (!planned && people.length === 0) return null
  return (
    <section className="card card--soft" aria-labelledby="own-plan-heading">
      <h2 id="own-plan-heading">Your plan for hard moments</h2>
      {planned && <SafetyPlanView plan={plan} />}
      {people.length > 0 && (
        <>
          <h3>Someone who cares about you</h3>
          <TrustedPeopleActions people={people} />
        </>
      )}
    </section>
  )
}
