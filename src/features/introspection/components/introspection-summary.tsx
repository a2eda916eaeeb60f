import type { Direction, Introspection } from '@/db/types'
import type { ExWords } from '@/lib/pronouns'
import { INTROSPECTION_STEPS, wordingFor } from '../logic/questions'
import { answerText } from './answer-text'

/** A run's answers, question by question. */
export function IntrospectionSummary({
  run,
  ex,
  direction,
}: {
  run: Introspection
  ex: ExWords
  direction: Direction | null
}) {
  return (
    <dl className="facts">
      {INTROSPECTION_STEPS.map((step, index) => (
        <div key={index}>
          <dt>{wordingFor(step, ex, direction).question}</dt>
          <dd className="answer-text" dir="auto">
            {answerText(run, step)}
          </dd>
        </div>
      ))}
    </dl>
  )
}
