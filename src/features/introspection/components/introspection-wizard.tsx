import { useState } from 'react'
import { AutosavedAnswer } from '@/components/autosaved-answer'
import { WizardStep } from '@/components/wizard-step'
import type { Direction, Introspection } from '@/db/types'
import type { ExWords } from '@/lib/pronouns'
import { UserError, describeError } from '@/lib/errors'
import {
  finishIntrospection,
  readIntrospectionText,
  readThoughtText,
  setIntrospectionStep,
  setIntrospectionText,
  setThought,
} from '../data/introspections'
import {
  INTROSPECTION_STEPS,
  parseRating,
  THOUGHT_RECORD_START,
  wordingFor,
  type IntrospectionStep,
} from '../logic/questions'
import { ReasonsStep } from './reasons-step'
import { ValuesStep } from './values-step'

interface IntrospectionWizardProps {
  run: Introspection
  ex: ExWords
  /** From step 0, when chosen: changes some words, never which questions are asked. */
  direction: Direction | null
}

/** One question per screen, written as it is answered; resumes on the screen it was left on. */
export function IntrospectionWizard({ run, ex, direction }: IntrospectionWizardProps) {
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const index = Math.min(run.step, INTROSPECTION_STEPS.length - 1)
  const step = INTROSPECTION_STEPS[index]!
  const wording = wordingFor(step, ex, direction)
  const last = index === INTROSPECTION_STEPS.length - 1
  const inThoughtRecord = index >= THOUGHT_RECORD_START

  async function run_(action: () => Promise<unknown>) {
    setProblem(null)
    setBusy(true)
    try {
      await action()
    } catch (error) {
      setProblem(describeError(error, 'this step did not change'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <WizardStep
      index={index}
      total={INTROSPECTION_STEPS.length}
      question={wording.question}
      hint={wording.hint}
      onBack={index > 0 ? () => void run_(() => setIntrospectionStep(run.id, index - 1)) : null}
      onNext={() =>
        void run_(() =>
          last ? finishIntrospection(run.id) : setIntrospectionStep(run.id, index + 1),
        )
      }
      busy={busy}
      extraActions={
        inThoughtRecord && !last ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void run_(() => finishIntrospection(run.id))}
            disabled={busy}
          >
            Skip the thought record and finish
          </button>
        ) : null
      }
    >
      <StepAnswer run={run} step={step} label={wording.question} />
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </WizardStep>
  )
}

function StepAnswer({
  run,
  step,
  label,
}: {
  run: Introspection
  step: IntrospectionStep
  label: string
}) {
  const id = run.id
  switch (step.kind) {
    case 'reasons':
      return <ReasonsStep run={run} />
    case 'values':
      return <ValuesStep run={run} />
    case 'text':
      return (
        <AutosavedAnswer
          saveKey={`${id}:${step.field}`}
          label={label}
          labelHidden
          read={() => readIntrospectionText(id, step.field)}
          write={(text) => setIntrospectionText(id, step.field, text)}
        />
      )
    case 'thought-text':
      return (
        <AutosavedAnswer
          saveKey={`${id}:thought.${step.field}`}
          label={label}
          labelHidden
          read={() => readThoughtText(id, step.field)}
          write={(text) => setThought(id, step.field, text)}
        />
      )
    case 'thought-rating':
      return (
        <AutosavedAnswer
          saveKey={`${id}:thought.${step.field}`}
          label="From 0 to 100"
          multiline={false}
          inputMode="numeric"
          read={() => readThoughtText(id, step.field)}
          write={async (text) => {
            const { rating, problem } = parseRating(text)
            if (problem) throw new UserError(problem)
            await setThought(id, step.field, rating)
          }}
        />
      )
  }
}
