import { BackLink } from '@/components/back-link'
import { useCurrentDirection } from '@/features/assessment/data/assessments'
import { CommitmentForm } from '@/features/introspection/components/commitment-form'
import { ArchivedList, PlanList } from '@/features/introspection/components/plan-list'
import { useLatestValues } from '@/features/introspection/data/introspections'
import { addCommitment, useCommitments } from '@/features/introspection/data/plan'
import { useToday } from '@/hooks/use-today'
import { showToast } from '@/components/toast-store'

/** The habits screen is in this build: a commitment can become a habit in one tap. */
const HABITS_AVAILABLE = true

/** The action plan: "If…, then I will…" commitments, ticked off, edited, archived. */
export function PlanRoute() {
  const direction = useCurrentDirection()
  const values = useLatestValues()
  const commitments = useCommitments()
  const today = useToday()
  return (
    <>
      <title>Action plan · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <p className="eyebrow">Step 1 · Your plan</p>
        <h1 tabIndex={-1}>Your action plan</h1>
        <p className="lede">
          {direction === 'try-again'
            ? 'Concrete things you will do about what broke, and for yourself, whatever happens.'
            : 'Concrete things you will do for yourself when the hard moments come.'}
        </p>
      </header>
      {commitments && commitments.active.length > 0 && (
        <section aria-labelledby="plan-list">
          <h2 id="plan-list">Your commitments</h2>
          <PlanList
            commitments={commitments.active}
            today={today}
            habitsAvailable={HABITS_AVAILABLE}
          />
        </section>
      )}
      <section className="card" aria-labelledby="plan-add">
        <h2 id="plan-add">Add a commitment</h2>
        <p className="field-hint">
          {direction === 'try-again'
            ? 'For example: if we try again while living apart, then I will call every day for half an hour to an hour, and meet every two weeks.'
            : 'For example: if I feel the urge to look at their profile, then I will go for a walk and call a friend.'}
        </p>
        {values !== undefined && (
          <CommitmentForm
            values={values}
            submitLabel="Add to my plan"
            onSubmit={async (input) => {
              await addCommitment(input)
              showToast({ message: 'Added to your plan.' })
            }}
          />
        )}
      </section>
      {commitments && commitments.archived.length > 0 && (
        <details className="card">
          <summary>Archived ({commitments.archived.length})</summary>
          <ArchivedList commitments={commitments.archived} />
        </details>
      )}
    </>
  )
}
