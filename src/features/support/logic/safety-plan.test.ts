import { expect, test } from 'vitest'
import {
  addExample,
  hasPlan,
  MAX_PLAN_PART_LENGTH,
  SAFETY_PLAN_PARTS,
  validatePlanPart,
} from './safety-plan'

test('six parts, each with a question and examples to pick from', () => {
  expect(SAFETY_PLAN_PARTS).toHaveLength(6)
  for (const part of SAFETY_PLAN_PARTS) {
    expect(part.question).toMatch(/\?$/)
    expect(part.examples.length).toBeGreaterThan(1)
  }
})

test.each([
  ['', 'A walk', 'A walk'],
  ['   ', 'A walk', 'A walk'],
  ['Music', 'A walk', 'Music\nA walk'],
  ['Music\n\n', 'A walk', 'Music\nA walk'],
  ['Music\nA walk', 'A walk', 'Music\nA walk'],
  ['שלום 🌙', 'A walk', 'שלום 🌙\nA walk'],
])('adding %j + %j gives %j', (text, example, expected) => {
  expect(addExample(text, example)).toBe(expected)
})

test('very long parts get a clear message; emoji and right-to-left text are fine', () => {
  expect(validatePlanPart('x'.repeat(MAX_PLAN_PART_LENGTH))).toBeNull()
  expect(validatePlanPart('🌧️ مرحبا')).toBeNull()
  expect(validatePlanPart('x'.repeat(MAX_PLAN_PART_LENGTH + 12))).toMatch(
    /12 characters longer than Steady keeps/,
  )
})

test('a plan counts once anything is written', () => {
  expect(hasPlan(null)).toBe(false)
  expect(hasPlan({ warningSigns: '  \n' })).toBe(false)
  expect(hasPlan({ saferSurroundings: 'Photos away' })).toBe(true)
})
