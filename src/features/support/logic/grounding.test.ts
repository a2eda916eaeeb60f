import { expect, test } from 'vitest'
import {
  GROUNDING_STEP_MS,
  GROUNDING_STEPS,
  GROUNDING_TOTAL_MS,
  groundingStepAt,
  nextGroundingStep,
  startGrounding,
} from './grounding'

const T0 = Date.UTC(2026, 10, 26, 22, 0)

test('five senses in one minute', () => {
  expect(GROUNDING_STEPS.map((step) => step.count)).toEqual([5, 4, 3, 2, 1])
  expect(GROUNDING_TOTAL_MS).toBe(60_000)
})

test.each([
  [0, 0],
  [GROUNDING_STEP_MS - 1, 0],
  [GROUNDING_STEP_MS, 1],
  [59_999, 4],
  [60_000, null],
  [10 * 60_000, null],
  // A clock set back while it runs stays on the first step.
  [-5_000, 0],
])('%i ms in: step %s', (elapsed, step) => {
  expect(groundingStepAt(startGrounding(T0), T0 + elapsed)).toBe(step)
})

test('next moves on at once and gives the next step its full time', () => {
  let state = startGrounding(T0)
  state = nextGroundingStep(state, T0 + 3_000)
  expect(groundingStepAt(state, T0 + 3_000)).toBe(1)
  expect(groundingStepAt(state, T0 + 3_000 + GROUNDING_STEP_MS - 1)).toBe(1)
  expect(groundingStepAt(state, T0 + 3_000 + GROUNDING_STEP_MS)).toBe(2)
  for (let i = 0; i < 4; i++) state = nextGroundingStep(state, T0 + 4_000)
  expect(groundingStepAt(state, T0 + 4_000)).toBeNull()
})
