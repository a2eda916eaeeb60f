import { useMemo } from 'react'
import { Link } from '@/components/link'
import { BackLink } from '@/components/back-link'
import { HabitsProgress } from '@/features/habits/components/habits-progress'
import { useLogsByHabit } from '@/features/habits/data/habit-logs'
import { useHabits } from '@/features/habits/data/habits'
import { CountHistoryChart } from '@/features/no-contact/components/count-history-chart'
import { UrgesChart } from '@/features/no-contact/components/urges-chart'
import { OutingsChart } from '@/features/outings/components/outings-chart'
import { useDoneOutings } from '@/features/outings/data/outings'
import { MoodChart } from '@/features/progress/components/mood-chart'
import { PatternsCard } from '@/features/progress/components/patterns-card'
import { YearInPixels } from '@/features/progress/components/year-in-pixels'
import { useMoodDays } from '@/features/progress/data/progress'
import { collectActivities } from '@/features/progress/logic/patterns'
import { WellbeingTrend } from '@/features/wellbeing/components/wellbeing-trend'
import { useToday } from '@/hooks/use-today'

/**
 * How far the person has come, in pictures, each one also a table: mood, the no-contact counts,
 * habits, outings, the wellbeing check, and patterns once there is enough to compare. No score.
 * Each table is read once here and handed to every chart that needs it (the habit log alone is
 * thousands of rows after a few years).
 */
export function ProgressRoute() {
  const today = useToday()
  const days = useMoodDays()
  const habits = useHabits()
  const logs = useLogsByHabit()
  const outings = useDoneOutings()
  const activities = useMemo(
    () => habits && logs && outings && collectActivities(habits, logs, outings),
    [habits, logs, outings],
  )
  return (
    <>
      <title>Progress · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Your progress</h1>
        <p className="lede">How the days have gone, in pictures. Each one opens as a table too.</p>
      </header>
      <section className="card progress-section" aria-labelledby="progress-mood">
        <h2 id="progress-mood">Mood</h2>
        {!days ? (
          <div className="card--loading" aria-hidden="true" />
        ) : days.moods.size === 0 ? (
          <p>
            Your mood appears here after your first check-in.{' '}
            <Link to="/?check-in">Check in now</Link>
          </p>
        ) : (
          <MoodChart days={days} today={today} />
        )}
      </section>
      {days && days.moods.size > 0 && (
        <section className="card progress-section" aria-labelledby="progress-pixels">
          <h2 id="progress-pixels">Year in pixels</h2>
          <YearInPixels days={days} today={today} />
        </section>
      )}
      <section className="card progress-section" aria-labelledby="progress-no-contact">
        <h2 id="progress-no-contact">No contact</h2>
        <CountHistoryChart />
        <h3>Urges per week</h3>
        <UrgesChart />
      </section>
      <section className="card progress-section" aria-labelledby="progress-habits">
        <h2 id="progress-habits">Habits</h2>
        <HabitsProgress habits={habits} logs={logs} today={today} />
      </section>
      <section className="card progress-section" aria-labelledby="progress-outings">
        <h2 id="progress-outings">Outings</h2>
        <OutingsChart done={outings} today={today} />
      </section>
      <WellbeingTrend />
      {days && <PatternsCard days={days} activities={activities} today={today} />}
    </>
  )
}
