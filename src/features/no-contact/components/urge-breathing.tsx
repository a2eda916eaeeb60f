import { breathPhaseAt } from '../logic/wait-timer'

interface UrgeBreathingProps {
  /** Time waited so far: the breath follows the timer, so both stay right after the screen sleeps. */
  elapsed: number
  state: 'ready' | 'running' | 'paused'
}

const RESTING = {
  ready: 'Breathe in for 4, hold for 4, out for 6, while the timer runs.',
  paused: 'Paused. Breathe at your own pace.',
}

/**
 * A paced breath beside the timer. The circle is decoration and is hidden when the phone asks for
 * reduced motion; the words carry the same cues either way.
 */
export function UrgeBreathing({ elapsed, state }: UrgeBreathingProps) {
  const phase = breathPhaseAt(elapsed)
  return (
    <div className="breath">
      <div
        className={`breath__circle${state === 'running' ? ` breath__circle--${phase.name}` : ''}`}
        aria-hidden="true"
      />
      <p className="breath__cue" aria-live="polite">
        {state === 'running' ? `${phase.label} for ${phase.seconds}` : RESTING[state]}
      </p>
    </div>
  )
}
