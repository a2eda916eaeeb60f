import type { BreathPhase } from '@/lib/breathing'

interface BreathCircleProps {
  /** The part of the breath now; null while resting (not started, paused or stopped). */
  phase: BreathPhase | null
  /** What to read when resting. */
  restingCue: string
}

/**
 * A circle that grows on the in-breath and shrinks on the out-breath, with the same cue in words.
 * The circle is decoration: with reduced motion it is hidden and the words carry the pace alone.
 */
export function BreathCircle({ phase, restingCue }: BreathCircleProps) {
  return (
    <div className="breathing">
      <div
        className={`breathing__circle${phase ? ` breathing__circle--${phase.name}` : ''}`}
        aria-hidden="true"
      />
      <p className="breathing__phase" aria-live="polite">
        {phase ? `${phase.label} for ${phase.seconds}` : restingCue}
      </p>
    </div>
  )
}
