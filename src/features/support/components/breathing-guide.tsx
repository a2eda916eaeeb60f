import { useEffect, useState } from 'react'
import { BREATH_CYCLE, BREATH_ROUNDS } from '../logic/breathing'

/** A paced breath. The circle grows and shrinks unless the phone asks for reduced motion. */
export function BreathingGuide() {
  const [step, setStep] = useState<number | null>(null)
  const total = BREATH_CYCLE.length * BREATH_ROUNDS
  const phase = step === null ? null : BREATH_CYCLE[step % BREATH_CYCLE.length]

  useEffect(() => {
    if (step === null || !phase) return
    const timer = setTimeout(
      () => setStep(step + 1 < total ? step + 1 : null),
      phase.seconds * 1000,
    )
    return () => clearTimeout(timer)
  }, [step, phase, total])

  return (
    <div className="breathing">
      <div
        className={`breathing__circle${phase ? ` breathing__circle--${phase.name}` : ''}`}
        aria-hidden="true"
      />
      <p className="breathing__phase" aria-live="polite">
        {phase
          ? `${phase.label} for ${phase.seconds}`
          : 'In for 4, hold for 4, out for 6. About two minutes.'}
      </p>
      {step === null ? (
        <button type="button" className="button button--primary" onClick={() => setStep(0)}>
          Start breathing
        </button>
      ) : (
        <button type="button" className="button" onClick={() => setStep(null)}>
          Stop
        </button>
      )}
    </div>
  )
}
