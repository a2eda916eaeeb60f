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

/** About two minutes: long enough for the first wave to pass. */
export const BREATH_ROUNDS = 8
