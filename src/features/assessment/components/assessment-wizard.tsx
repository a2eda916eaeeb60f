import { useId, useState } from 'react'
import { AutosavedAnswer } from '@/components/autosaved-answer'
import { WizardStep } from '@/components/wizard-step'
import type { Assessment, SafetyAnswer } from '@/db/types'
import type { ExWords } from '@/lib/pronouns'
import { describeError } from '@/lib/errors'
import {
  finishAssessment,
  readAssessmentNote,
  setAssessmentNote,
  setAssessmentStep,
  setSafetyAnswer,
  setScaleAnswer,
} from '../data/assessments'
import {
  ASSESSMENT_STEP_COUNT,
  SAFETY_LABELS,
  SCALE_QUESTIONS,
  safetyQuestion,
} from '../logic/questions'
import { ScaleChoice } from './scale-choice'

interface AssessmentWizardProps {
  assessment: Assessment
  ex: ExWords
}

/** One question per screen; each answer is written the moment it is given. */
export function AssessmentWizard({ assessment, ex }: AssessmentWizardProps) {
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const step = Math.min(assessment.step, ASSESSMENT_STEP_COUNT - 1)
  const last = step === ASSESSMENT_STEP_COUNT - 1

  /** Moves between screens; Back and Next wait for it, so a double tap never skips a question. */
  async function run(action: () => Promise<unknown>) {
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

  /** Writes an answer the moment it is given; Next stays available meanwhile. */
  async function save(action: () => Promise<unknown>) {
    setProblem(null)
    try {
      await action()
    } catch (error) {
      setProblem(describeError(error, 'your answer was not saved'))
    }
  }

  const question = SCALE_QUESTIONS[step]
  const id = assessment.id
  const noteKey = question ? question.id : 'safety'

  return (
    <WizardStep
      index={step}
      total={ASSESSMENT_STEP_COUNT}
      question={question ? question.statement(ex) : safetyQuestion(ex)}
      hint={
        question
          ? `How true is this for you? ${question.hint}`
          : 'Whatever you answer stays on this phone.'
      }
      onBack={step > 0 ? () => void run(() => setAssessmentStep(id, step - 1)) : null}
      onNext={() => void run(() => (last ? finishAssessment(id) : setAssessmentStep(id, step + 1)))}
      nextLabel={last ? 'See where this points' : 'Next'}
      busy={busy}
    >
      {question ? (
        <ScaleChoice
          legend={question.statement(ex)}
          value={assessment.answers[question.id]}
          onChange={(value) => void save(() => setScaleAnswer(id, question.id, value))}
        />
      ) : (
        <SafetyChoice
          legend={safetyQuestion(ex)}
          value={assessment.safety}
          onChange={(value) => void save(() => setSafetyAnswer(id, value))}
        />
      )}
      <AutosavedAnswer
        saveKey={`${id}:${noteKey}`}
        label="A note, if you like"
        hint="Optional. Only you will see it."
        read={() => readAssessmentNote(id, noteKey)}
        write={(text) => setAssessmentNote(id, noteKey, text)}
      />
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </WizardStep>
  )
}

function SafetyChoice({
  legend,
  value,
  onChange,
}: {
  legend: string
  value: SafetyAnswer | null
  onChange: (value: SafetyAnswer | null) => void
}) {
  const name = useId()
  return (
    <fieldset className="scale-choice">
      <legend className="visually-hidden">{legend}</legend>
      {(Object.keys(SAFETY_LABELS) as SafetyAnswer[]).map((answer) => (
        <label key={answer} className="choice scale-choice__option">
          <input
            type="radio"
            name={name}
            checked={value === answer}
            onChange={() => onChange(answer)}
          />
          <span>{SAFETY_LABELS[answer]}</span>
        </label>
      ))}
      {value !== null && (
        <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
          Clear my answer
        </button>
      )}
    </fieldset>
  )
}
