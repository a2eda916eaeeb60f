import { useEffect, useId, useRef, type ReactNode } from 'react'
import { ProgressRing } from './progress-ring'

interface WizardStepProps {
  /** 0-based. */
  index: number
  total: number
  /** What each step is called in the progress line: "Question 3 of 9". */
  noun?: string
  question: string
  hint?: string
  children: ReactNode
  onBack: (() => void) | null
  onNext: () => void
  nextLabel?: string
  /** Anything more for the row of actions (a "skip the rest" button). */
  extraActions?: ReactNode
  busy?: boolean
}

/**
 * One question per screen: where the person is, the question as a heading (focused when the step
 * changes, so a screen reader announces it), the answer, and Back / Next. Every step can be skipped:
 * Next never needs an answer.
 */
export function WizardStep({
  index,
  total,
  noun = 'Question',
  question,
  hint,
  children,
  onBack,
  onNext,
  nextLabel,
  extraActions,
  busy,
}: WizardStepProps) {
  const headingId = useId()
  const hintId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    heading.current?.focus()
  }, [index])

  return (
    <section className="wizard-step card" aria-labelledby={headingId}>
      <div className="wizard-step__top">
        <ProgressRing
          size="small"
          value={index + 1}
          max={total}
          label="Progress"
          valueText={`${noun} ${index + 1} of ${total}`}
        >
          <span aria-hidden="true">{index + 1}</span>
        </ProgressRing>
        <p className="wizard-step__progress">
          {noun} {index + 1} of {total}
        </p>
      </div>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="wizard-step__question">
        {question}
      </h2>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      <div className="button-row wizard-step__actions">
        {onBack && (
          <button type="button" className="button" onClick={onBack} disabled={busy}>
            Back
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onNext} disabled={busy}>
          {nextLabel ?? (index + 1 === total ? 'Finish' : 'Next')}
        </button>
        {extraActions}
      </div>
      <p className="field-hint">Every question can be skipped. Your answers save as you go.</p>
    </section>
  )
}
