import { describeMoodPattern, MIN_DAYS_EACH, type MoodPattern } from '../logic/mood-pattern'

/** What happened to mood on outing days and other days, once there is enough to say anything. */
export function MoodPatternCard({ pattern }: { pattern: MoodPattern | null }) {
  return (
    <section className="card card--soft" aria-labelledby="pattern-heading">
      <h2 id="pattern-heading">Outing days and your mood</h2>
      {pattern ? (
        <>
          <p>{describeMoodPattern(pattern)}</p>
          <p className="field-hint">
            This is what your check-ins show, not a rule: many things shape a day.
          </p>
        </>
      ) : (
        <p className="field-hint">
          After at least {MIN_DAYS_EACH} days with an outing that happened and {MIN_DAYS_EACH} other
          days with a check-in mood, you’ll see how they compare here.
        </p>
      )}
    </section>
  )
}
