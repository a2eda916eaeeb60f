export interface BreathPhase {
  name: 'in' | 'hold' | 'out'
  label: string
  seconds: number
}

/** A slow breath with a longer out-breath, which calms the body. */
export const BREATH_CYCLE: readonly BreathPhase[] = [
  { name: 'in', label: 'Breathe in', seconds: 4 },
  { name: 'hold', label: 'Hold', seconds: 4 },
  { name: 'out', label: 'Breathe out', seconds: 6 },
]

const CYCLE_SECONDS = BREATH_CYCLE.reduce((sum, phase) => sum + phase.seconds, 0)

/** Which part of the breath belongs to this moment, counted from `elapsed` ms after the first in-breath. */
export function breathPhaseAt(elapsed: number): BreathPhase {
  let second = Math.floor(Math.max(0, elapsed) / 1000) % CYCLE_SECONDS
  for (const phase of BREATH_CYCLE) {
    if (second < phase.seconds) return phase
    second -= phase.seconds
  }
  return BREATH_CYCLE[0]!
}
