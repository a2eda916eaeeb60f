/**
 * A one-minute 5-4-3-2-1 grounding exercise: five steps through the senses. Where it is comes from
 * the time since it started (never from counting ticks), so a phone that sleeps the page still shows
 * the right step when it wakes.
 */
export interface GroundingStep {
  count: number
  sense: string
  prompt: string
}

export const GROUNDING_STEPS: readonly GroundingStep[] = [
  { count: 5, sense: 'see', prompt: 'Look around. Name five things you can see.' },
  {
    count: 4,
    sense: 'touch',
    prompt: 'Notice four things you can feel: your feet, your clothes, the air.',
  },
  { count: 3, sense: 'hear', prompt: 'Listen. Find three sounds, near or far.' },
  { count: 2, sense: 'smell', prompt: 'Notice two things you can smell, or two smells you like.' },
  { count: 1, sense: 'taste', prompt: 'Notice one thing you can taste, or take a sip of water.' },
]

/** Twelve seconds a step: one minute in all. */
export const GROUNDING_STEP_MS = 12_000
export const GROUNDING_TOTAL_MS = GROUNDING_STEP_MS * GROUNDING_STEPS.length

/** Where the exercise is: a step, and when that step began (ms since the epoch). */
export interface GroundingState {
  index: number
  since: number
}

export function startGrounding(now: number): GroundingState {
  return { index: 0, since: now }
}

/** The step to show at `now`, moving on every twelve seconds; null once the last step is over. */
export function groundingStepAt(state: GroundingState, now: number): number | null {
  // A clock set back must not move the exercise backwards.
  const passed = Math.floor(Math.max(0, now - state.since) / GROUNDING_STEP_MS)
  const index = state.index + (Number.isFinite(passed) ? passed : 0)
  return index < GROUNDING_STEPS.length ? index : null
}

/** "Next": the following step now, with its full twelve seconds. */
export function nextGroundingStep(state: GroundingState, now: number): GroundingState {
  const current = groundingStepAt(state, now) ?? GROUNDING_STEPS.length - 1
  return { index: current + 1, since: now }
}
