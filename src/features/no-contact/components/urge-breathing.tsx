import { BreathCircle } from '@/components/breath-circle'
import { breathPhaseAt } from '@/lib/breathing'

interface UrgeBreathingProps {
  /** Time waited so far: the breath follows the timer, so both stay right after the screen sleeps. */
  elapsed: number
  state: 'ready' | 'running' | 'paused'
}

const RESTING = {
  ready: 'Breathe in for 4, hold for 4, out for 6, while the timer runs.',
  paused: 'Paused. Breathe at your own pace.',
}

/** A paced breath beside the timer. */
export function UrgeBreathing({ elapsed, state }: UrgeBreathingProps) {
  return (
    <BreathCircle
      phase={state === 'running' ? breathPhaseAt(elapsed) : null}
      restingCue={state === 'running' ? '' : RESTING[state]}
    />
  )
}
