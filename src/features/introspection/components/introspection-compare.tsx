import { useState } from 'react'
import { ComparePicker } from '@/components/compare-picker'
import type { Direction, Introspection } from '@/db/types'
import { formatLongDate } from '@/lib/dates'
import type { ExWords } from '@/lib/pronouns'
import { INTROSPECTION_STEPS, wordingFor } from '../logic/questions'
import { answerText } from './answer-text'

interface IntrospectionCompareProps {
  /** Finished runs, newest first; at least two. */
  runs: Introspection[]
  ex: ExWords
  direction: Direction | null
}

function dateOf(run: Introspection): string {
  return formatLongDate(new Date(run.completedAt ?? run.createdAt))
}

/** What changed in how I see it: two chosen runs, question by question. */
export function IntrospectionCompare({ runs, ex, direction }: IntrospectionCompareProps) {
  const [pair, setPair] = useState<[string, string]>([runs[1]?.id ?? '', runs[0]?.id ?? ''])
  const first = runs.find((run) => run.id === pair[0]) ?? runs[1]
  const second = runs.find((run) => run.id === pair[1]) ?? runs[0]
  if (!first || !second) return null
  const options = runs.map((run, index) => ({
    id: run.id,
    label: `${dateOf(run)}${index === 0 ? ' (latest)' : ''}`,
  }))
  return (
    <>
      <ComparePicker
        options={options}
        first={first.id}
        second={second.id}
        onChange={(a, b) => setPair([a, b])}
      />
      <dl className="compare-list">
        {INTROSPECTION_STEPS.map((step, index) => {
          const values = [answerText(first, step), answerText(second, step)]
          return (
            <div key={index} className="compare-list__row">
              <dt>{wordingFor(step, ex, direction).question}</dt>
              {[first, second].map((run, column) => (
                <dd key={column} className="compare-list__cell">
                  <span className="compare-list__date">{dateOf(run)}</span>
                  <span className="compare-list__note" dir="auto">
                    {values[column]}
                  </span>
                </dd>
              ))}
              {values[0] === values[1] && values[0] !== 'Skipped' && (
                <dd className="compare-list__same">The same both times</dd>
              )}
            </div>
          )
        })}
      </dl>
    </>
  )
}
