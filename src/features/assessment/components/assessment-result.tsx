import { useState } from 'react'
import { Link } from '@/components/link'
import type { Assessment, Direction } from '@/db/types'
import { formatLongDate } from '@/lib/dates'
import type { ExWords } from '@/lib/pronouns'
import { describeError } from '@/lib/errors'
import { chooseDirection } from '../data/assessments'
import { decideDirection, DIRECTION_LABELS, explainDirection } from '../logic/direction'

interface AssessmentResultProps {
  assessment: Assessment
  ex: ExWords
}

const OTHER: Record<Direction, Direction> = { 'try-again': 'let-go', 'let-go': 'try-again' }

/**
 * Where the answers point, why, in two or three sentences, and the person's own choice: they confirm
 * it or choose the other way. With fear, harm or control, Get help now comes first.
 */
export function AssessmentResult({ assessment, ex }: AssessmentResultProps) {
  const [problem, setProblem] = useState<string | null>(null)
  const result = decideDirection(assessment)
  const suggested = assessment.suggested ?? result.direction
  const sentences = explainDirection(result, ex)
  const chosen = assessment.chosen

  async function choose(direction: Direction) {
    setProblem(null)
    try {
      await chooseDirection(assessment.id, direction)
    } catch (error) {
      setProblem(describeError(error, 'your choice was not saved'))
    }
  }

  return (
    <section className="card" aria-labelledby="assess-result">
      <p className="eyebrow">
        {assessment.completedAt
          ? `Your answers on ${formatLongDate(new Date(assessment.completedAt))}`
          : 'Your answers'}
      </p>
      <h2 id="assess-result" tabIndex={-1}>
        {chosen
          ? `Your direction: ${DIRECTION_LABELS[chosen]}`
          : `Your answers point to: ${DIRECTION_LABELS[suggested]}`}
      </h2>
      {result.safety && (
        <div className="card card--urgent">
          <p>
            Your safety matters more than any relationship. If you are afraid or being hurt, please
            talk to someone.
          </p>
          <Link className="button button--primary" to="/support">
            Get help now
          </Link>
        </div>
      )}
      <h3 className="result-why">Why</h3>
      <ul className="plain-list">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {chosen === null ? (
        <>
          <p>Does this fit? It’s your choice, and you can change it any time.</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void choose(suggested)}
            >
              Yes: {DIRECTION_LABELS[suggested].toLocaleLowerCase()}
            </button>
            <button type="button" className="button" onClick={() => void choose(OTHER[suggested])}>
              I choose: {DIRECTION_LABELS[OTHER[suggested]].toLocaleLowerCase()}
            </button>
          </div>
        </>
      ) : (
        <>
          {chosen !== suggested && (
            <p className="field-hint">
              The answers pointed to “{DIRECTION_LABELS[suggested].toLocaleLowerCase()}”; you chose
              your own way, and that is yours to do.
            </p>
          )}
          <p>
            {chosen === 'try-again'
              ? 'Steady will help you work on what broke, and on yourself, whatever happens. Every tool stays open.'
              : 'Steady will help you heal and look after yourself. Every tool stays open.'}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void choose(OTHER[chosen])}>
              Change to: {DIRECTION_LABELS[OTHER[chosen]].toLocaleLowerCase()}
            </button>
          </div>
        </>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}
