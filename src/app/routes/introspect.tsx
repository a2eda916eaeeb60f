import { BackLink } from '@/components/back-link'
import { useState } from 'react'
import { Link } from '@/components/link'
import { useCurrentDirection } from '@/features/assessment/data/assessments'
import { IntrospectionSummary } from '@/features/introspection/components/introspection-summary'
import { IntrospectionWizard } from '@/features/introspection/components/introspection-wizard'
import {
  startIntrospection,
  useFinishedIntrospections,
  useIntrospectionInProgress,
} from '@/features/introspection/data/introspections'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { formatLongDate } from '@/lib/dates'
import { getExWords } from '@/lib/pronouns'
import { describeError } from '@/lib/errors'

/** Step 1: why it ended, my part and theirs, values, a thought record, then the plan. */
export function IntrospectRoute() {
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  const direction = useCurrentDirection()
  const inProgress = useIntrospectionInProgress()
  const finished = useFinishedIntrospections()
  const [problem, setProblem] = useState<string | null>(null)

  async function start() {
    setProblem(null)
    try {
      await startIntrospection()
    } catch (error) {
      setProblem(describeError(error, 'the questions could not start'))
    }
  }

  const header = (
    <>
      <title>Why it ended · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <p className="eyebrow">Step 1 · Introspect</p>
        <h1 tabIndex={-1}>Understand why it ended</h1>
      </header>
    </>
  )
  if (inProgress === undefined || finished === undefined || direction === undefined) return header

  if (inProgress) {
    return (
      <>
        {header}
        <IntrospectionWizard run={inProgress} ex={ex} direction={direction} />
      </>
    )
  }

  const latest = finished[0]
  return (
    <>
      {header}
      {latest ? (
        <section className="card" aria-labelledby="introspect-latest">
          <h2 id="introspect-latest">
            {finished.length === 1 ? 'Your answers' : 'Your latest answers'}
          </h2>
          <p className="field-hint">
            {formatLongDate(new Date(latest.completedAt ?? latest.createdAt))}
          </p>
          <IntrospectionSummary run={latest} ex={ex} direction={direction} />
        </section>
      ) : (
        <section className="card" aria-labelledby="introspect-intro">
          <h2 id="introspect-intro">One question at a time</h2>
          <p>
            Why it ended, what you see as your part and {ex.name}’s, and what you want to change in
            yourself{direction === 'try-again' ? ', for another try and for you' : ''}. Then, if you
            like, a thought record for one painful thought.
          </p>
          <p>Skip anything. Your answers save as you go, and you can stop and come back.</p>
        </section>
      )}
      <div className="button-row">
        {latest && (
          <Link className="button button--primary" to="/journey/plan">
            Make your action plan
          </Link>
        )}
        <button
          type="button"
          className={latest ? 'button' : 'button button--primary'}
          onClick={() => void start()}
        >
          {latest ? 'Answer again' : 'Start'}
        </button>
        {finished.length >= 2 && (
          <Link className="button" to="/journey/introspect/compare">
            Compare two
          </Link>
        )}
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  )
}
