import { Link } from '@/components/link'
import { useNow } from '@/hooks/use-now'
import { currentTimeZone } from '@/lib/time-zones'
import { usePlannedOutings } from '../data/outings'
import { describeWhen } from '../logic/describe'
import { pickForToday } from '../logic/planner'

/** On Today: gently asks how a past outing went, or shows the next one, or invites planning one. */
export function OutingsTodayCard() {
  const planned = usePlannedOutings()
  const now = useNow()
  if (planned === undefined) return null
  const pick = pickForToday(planned, now)
  if (!pick) {
    return (
      <section className="card card--soft" aria-labelledby="outing-heading">
        <h2 id="outing-heading">Something to look forward to</h2>
        <p>A dinner, a walk, a film with a friend: plan a little time with people you like.</p>
        <Link className="button" to="/journey/outings/new">
          Plan an outing
        </Link>
      </section>
    )
  }
  const { outing, ask } = pick
  const when = describeWhen(outing, { now, currentZone: currentTimeZone() })
  return (
    <section className="card" aria-labelledby="outing-heading">
      <p className="eyebrow">{ask ? 'Your outing' : 'Next outing'}</p>
      <h2 id="outing-heading">
        <bdi>{outing.title}</bdi>
      </h2>
      <p>
        {when}
        {outing.withWhom.trim() && (
          <>
            {' · with '}
            <bdi>{outing.withWhom.trim()}</bdi>
          </>
        )}
      </p>
      {ask && <p>How did it go? Whatever happened is fine.</p>}
      <Link className="button button--primary" to={`/journey/outings/${outing.id}`}>
        {ask ? 'Tell Steady how it went' : 'See the outing'}
      </Link>
    </section>
  )
}
