import { subDays } from 'date-fns'
import { Link } from '@/components/link'
import { BackLink } from '@/components/back-link'
import { EmptyState } from '@/components/empty-state'
import { useDayMoods } from '@/features/journal/data/entries'
import { CalendarActions } from '@/features/outings/components/calendar-actions'
import { MoodPatternCard } from '@/features/outings/components/mood-pattern-card'
import { OutingList } from '@/features/outings/components/outing-list'
import {
  useDoneOutingDays,
  usePlannedOutings,
  useRecentPastOutings,
} from '@/features/outings/data/outings'
import { outingsCalendar } from '@/features/outings/logic/calendar'
import { compareMoodOnOutingDays } from '@/features/outings/logic/mood-pattern'
import { planOutings } from '@/features/outings/logic/planner'
import { useNow } from '@/hooks/use-now'
import { toCalendarDay } from '@/lib/dates'
import { currentTimeZone } from '@/lib/time-zones'

/** The outing planner: what to ask about, upcoming by week, past ones below, and the mood pattern. */
export function OutingsRoute() {
  const now = useNow()
  // The pattern looks at the last year: enough to see something, small enough to read quickly.
  const from = toCalendarDay(subDays(now, 365))
  const planned = usePlannedOutings()
  const past = useRecentPastOutings()
  const doneDays = useDoneOutingDays(from)
  const moods = useDayMoods(from)
  const loaded = planned !== undefined && past !== undefined
  const plan = loaded ? planOutings([...planned, ...past], now) : null
  const upcoming = plan ? plan.upcoming.flatMap((week) => week.outings) : []
  const pattern = doneDays && moods ? compareMoodOnOutingDays(doneDays, moods) : null
  return (
    <>
      <title>Outings · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <p className="eyebrow">Live your life</p>
        <h1 tabIndex={-1}>Outings</h1>
        <p className="lede">Time with people you like, planned ahead so it happens.</p>
      </header>
      <div className="button-row">
        <Link className="button button--primary" to="/journey/outings/new">
          Plan an outing
        </Link>
      </div>
      {plan &&
        (plan.toSettle.length + upcoming.length + plan.past.length === 0 ? (
          <EmptyState illustration="horizon" title="No outings yet">
            A friends’ night, a film, dinner, a visit to family, a walk: pick one and give it a day.
          </EmptyState>
        ) : (
          <OutingList plan={plan} now={now} currentZone={currentTimeZone()} />
        ))}
      {upcoming.length > 0 && (
        <section className="card" aria-labelledby="all-upcoming">
          <h2 id="all-upcoming">All upcoming outings in one file</h2>
          <p className="field-hint">
            For importing on a computer: one calendar file with all {upcoming.length} upcoming
            outings. Importing it again updates them instead of adding copies.
          </p>
          <CalendarActions
            addLabel="Download all upcoming"
            fileName="steady-upcoming-outings.ics"
            makeText={() => outingsCalendar(upcoming, new Date())}
          />
        </section>
      )}
      <section className="card card--soft" aria-labelledby="reminder-link">
        <h2 id="reminder-link">A daily check-in reminder</h2>
        <p>Your own calendar can remind you to check in, at a time you choose.</p>
        <Link className="button" to="/journey/outings/reminder">
          Set up a reminder
        </Link>
      </section>
      <MoodPatternCard pattern={pattern} />
    </>
  )
}
