import { BackLink } from '@/components/back-link'
import { useState } from 'react'
import { AssessmentHistory } from '@/features/assessment/components/assessment-history'
import { AssessmentResult } from '@/features/assessment/components/assessment-result'
import { AssessmentWizard } from '@/features/assessment/components/assessment-wizard'
import {
  startAssessment,
  useAssessmentInProgress,
  useFinishedAssessments,
} from '@/features/assessment/data/assessments'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'
import { describeError } from '@/lib/errors'

/** Step 0: is it worth another try? Answer, see where it points, choose, and look back. */
export function AssessRoute() {
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  const inProgress = useAssessmentInProgress()
  const finished = useFinishedAssessments()
  const [problem, setProblem] = useState<string | null>(null)

  async function start() {
    setProblem(null)
    try {
      await startAssessment()
    } catch (error) {
      setProblem(describeError(error, 'the questions could not start'))
    }
  }

  const header = (
    <>
      <title>Is it worth another try? · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <p className="eyebrow">Step 0 · Assess</p>
        <h1 tabIndex={-1}>Is it worth another try?</h1>
      </header>
    </>
  )
  if (inProgress === undefined || finished === undefined) return header

  if (inProgress) {
    return (
      <>
        {header}
        <AssessmentWizard assessment={inProgress} ex={ex} />
      </>
    )
  }

  const latest = finished[0]
  return (
    <>
      {header}
      {latest ? (
        <AssessmentResult assessment={latest} ex={ex} />
      ) : (
        <section className="card" aria-labelledby="assess-intro">
          <h2 id="assess-intro">Before anything else</h2>
          <p>
            Missing {ex.name} is real. Before deciding what to do with it, answer a few honest
            questions: whether what broke could be mended, whether you would truly be happy, and how
            it really was.
          </p>
          <p>
            Your answers point one way: give it one more honest try, or let go and heal. You decide,
            and you can come back to it any time. Every question can be skipped.
          </p>
        </section>
      )}
      <div className="button-row">
        <button
          type="button"
          className={latest ? 'button' : 'button button--primary'}
          onClick={() => void start()}
        >
          {latest ? 'Answer again' : 'Start the questions'}
        </button>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {finished.length >= 2 && <AssessmentHistory assessments={finished} ex={ex} />}
      {finished.length === 1 && (
        <p className="field-hint">
          When you answer again later, your answers will show here side by side, with their dates.
        </p>
      )}
    </>
  )
}
