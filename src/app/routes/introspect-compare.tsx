import { BackLink } from '@/components/back-link'
import { Link } from '@/components/link'
import { useCurrentDirection } from '@/features/assessment/data/assessments'
import { IntrospectionCompare } from '@/features/introspection/components/introspection-compare'
import { useFinishedIntrospections } from '@/features/introspection/data/introspections'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

/** "What changed in how I see it": two chosen introspections side by side. */
export function IntrospectCompareRoute() {
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  const direction = useCurrentDirection()
  const runs = useFinishedIntrospections()
  return (
    <>
      <title>What changed · Steady</title>
      <BackLink to="/journey/introspect">Why it ended</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>What changed in how I see it</h1>
      </header>
      {runs !== undefined &&
        direction !== undefined &&
        (runs.length >= 2 ? (
          <IntrospectionCompare runs={runs} ex={ex} direction={direction} />
        ) : (
          <section className="card" aria-labelledby="compare-empty">
            <h2 id="compare-empty">Nothing to compare yet</h2>
            <p>
              Answer the questions again some time from now, and your answers will show here side by
              side.
            </p>
            <Link className="button" to="/journey/introspect">
              Go to the questions
            </Link>
          </section>
        ))}
    </>
  )
}
