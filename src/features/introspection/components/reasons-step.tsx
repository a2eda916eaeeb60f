import { useState } from 'react'
import { AutosavedAnswer } from '@/components/autosaved-answer'
import type { BreakupReason, Introspection } from '@/db/types'
import { describeError } from '@/lib/errors'
import { readIntrospectionText, setIntrospectionText, toggleReason } from '../data/introspections'
import { REASON_LABELS } from '../logic/questions'

/** The common reasons as checkboxes, and the person's own words beside them. */
export function ReasonsStep({ run }: { run: Introspection }) {
  const [problem, setProblem] = useState<string | null>(null)
  async function toggle(reason: BreakupReason, on: boolean) {
    setProblem(null)
    try {
      await toggleReason(run.id, reason, on)
    } catch (error) {
      setProblem(describeError(error, 'that was not saved'))
    }
  }
  return (
    <>
      <fieldset className="chip-group">
        <legend className="visually-hidden">Common reasons</legend>
        {(Object.keys(REASON_LABELS) as BreakupReason[]).map((reason) => (
          <label key={reason} className="chip">
            <input
              type="checkbox"
              checked={run.reasons.includes(reason)}
              onChange={(event) => void toggle(reason, event.target.checked)}
            />
            <span>{REASON_LABELS[reason]}</span>
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <AutosavedAnswer
        saveKey={`${run.id}:ownReason`}
        label="In your own words"
        hint="Optional."
        read={() => readIntrospectionText(run.id, 'ownReason')}
        write={(text) => setIntrospectionText(run.id, 'ownReason', text)}
      />
    </>
  )
}
