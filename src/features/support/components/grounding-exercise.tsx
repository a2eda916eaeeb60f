import { useEffect, useId, useState } from 'react'
import {
  GROUNDING_STEPS,
  groundingStepAt,
  nextGroundingStep,
  startGrounding,
  type GroundingState,
} from '../logic/grounding'

/** Often enough to move on close to the twelfth second; where it is comes from the clock. */
const TICK_MS = 500

/**
 * One minute through the five senses (5-4-3-2-1). Nothing moves on screen: each step is words and a
 * number, so it suits reduced motion; it moves on by itself, or sooner with Next.
 */
export function GroundingExercise() {
  const id = useId()
  const [state, setState] = useState<GroundingState | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const step = state ? groundingStepAt(state, now) : null
  const running = state !== null && step !== null

  useEffect(() => {
    if (!running) return
    const tick = () => setNow(Date.now())
    const timer = setInterval(tick, TICK_MS)
    document.addEventListener('visibilitychange', tick)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [running])

  function start() {
    const at = Date.now()
    setNow(at)
    setState(startGrounding(at))
  }

  const current = step === null ? null : GROUNDING_STEPS[step]
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>One minute to ground yourself</h2>
      <div aria-live="polite" className="grounding">
        {current && step !== null ? (
          <>
            <p className="eyebrow">
              Step {step + 1} of {GROUNDING_STEPS.length}
            </p>
            <p className="grounding__count" aria-hidden="true">
              {current.count}
            </p>
            <p className="grounding__prompt">{current.prompt}</p>
          </>
        ) : state ? (
          <p>That was a minute for yourself. Notice your feet on the ground, and your breath.</p>
        ) : (
          <p>
            Five things you see, four you feel, three you hear, two you smell, one you taste. It
            brings you back to the room you’re in.
          </p>
        )}
      </div>
      <div className="button-row">
        {running ? (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                const at = Date.now()
                setNow(at)
                setState(nextGroundingStep(state, at))
              }}
            >
              Next
            </button>
            <button type="button" className="button" onClick={() => setState(null)}>
              Stop
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" onClick={start}>
            {state ? 'Start again' : 'Start the minute'}
          </button>
        )}
      </div>
    </section>
  )
}
