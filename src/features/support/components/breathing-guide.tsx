import { useEffect, useState } from 'react'
import { BreathCircle } from '@/components/breath-circle'
import { BREATH_CYCLE } from '@/lib/breathing'
import { BREATH_ROUNDS } from '../logic/breathing'

/** A paced breath, started and stopped by the person. */
export function BreathingGuide() {
  const [step, setStep] = useState<number | null>(null)
  const total = BREATH_CYCLE.length * BREATH_ROUNDS
  const phase = step === null ? null : (BREATH_CYCLE[step % BREATH_CYCLE.length] ?? null)

  useEffect(() => {
    if (step === null || !phase) return
    const timer = setTimeout(
      () => setStep(step + 1 < total ? step + 1 : null),
      phase.seconds * 1000,
    )
    return () => clearTimeout(timer)
  }, [step, phase, total])

  return (
    <div className="breathing-guide">
      <BreathCircle
        phase={phase}
        restingCue="In for 4, hold for 4, out for 6. About two minutes."
      />
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
