import { useState } from 'react'
import { ComparePicker } from '@/components/compare-picker'
import type { Assessment } from '@/db/types'
import { formatLongDate } from '@/lib/dates'
import type { ExWords } from '@/lib/pronouns'
import { DIRECTION_LABELS } from '../logic/direction'
import { SAFETY_LABELS, SCALE_LABELS, SCALE_QUESTIONS, safetyQuestion } from '../logic/questions'

interface AssessmentHistoryProps {
  /** Finished assessments, newest first; at least two. */
  assessments: Assessment[]
  ex: ExWords
}

function dateOf(row: Assessment): string {
  return formatLongDate(new Date(row.completedAt ?? row.createdAt))
}

/** Two past assessments side by side, question by question; the person chooses which two. */
export function AssessmentHistory({ assessments, ex }: AssessmentHistoryProps) {
  const [pair, setPair] = useState<[string, string]>([
    assessments[1]?.id ?? '',
    assessments[0]?.id ?? '',
  ])
  const options = assessments.map((row, index) => ({
    id: row.id,
    label: `${dateOf(row)}${index === 0 ? ' (latest)' : ''}`,
  }))
  const first = assessments.find((row) => row.id === pair[0]) ?? assessments[1]
  const second = assessments.find((row) => row.id === pair[1]) ?? assessments[0]
  if (!first || !second) return null
  const answer = (row: Assessment, id: (typeof SCALE_QUESTIONS)[number]['id']) => {
    const value = row.answers[id]
    return value ? SCALE_LABELS[value] : 'Skipped'
  }
  const columns = [first, second]

  return (
    <section className="card" aria-labelledby="assess-history">
      <h2 id="assess-history" tabIndex={-1}>
        Side by side
      </h2>
      <p className="field-hint">Choose any two of your {assessments.length} assessments.</p>
      <ComparePicker
        options={options}
        first={first.id}
        second={second.id}
        onChange={(a, b) => setPair([a, b])}
      />
      <dl className="compare-list">
        <CompareRow
          label="Direction"
          values={columns.map((row) => (row.chosen ? DIRECTION_LABELS[row.chosen] : 'Not chosen'))}
          dates={columns.map(dateOf)}
        />
        {SCALE_QUESTIONS.map((question) => (
          <CompareRow
            key={question.id}
            label={question.statement(ex)}
            values={columns.map((row) => answer(row, question.id))}
            notes={columns.map((row) => row.notes[question.id] ?? '')}
            dates={columns.map(dateOf)}
          />
        ))}
        <CompareRow
          label={safetyQuestion(ex)}
          values={columns.map((row) => (row.safety ? SAFETY_LABELS[row.safety] : 'Skipped'))}
          notes={columns.map((row) => row.notes.safety ?? '')}
          dates={columns.map(dateOf)}
        />
      </dl>
    </section>
  )
}

function CompareRow({
  label,
  values,
  notes,
  dates,
}: {
  label: string
  values: string[]
  notes?: string[]
  dates: string[]
}) {
  return (
    <div className="compare-list__row">
      <dt>{label}</dt>
      {values.map((value, index) => (
        <dd key={index} className="compare-list__cell">
          <span className="compare-list__date">{dates[index]}</span>
          <span>{value}</span>
          {notes?.[index] && (
            <span className="compare-list__note" dir="auto">
              {notes[index]}
            </span>
          )}
        </dd>
      ))}
    </div>
  )
}
