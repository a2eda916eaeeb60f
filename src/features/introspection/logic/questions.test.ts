import { expect, test } from 'vitest'
import type { ExWords } from '@/lib/pronouns'
import {
  INTROSPECTION_STEPS,
  parseRating,
  THOUGHT_RECORD_START,
  toggleValue,
  validateOwnValue,
  wordingFor,
} from './questions'

const ex: ExWords = {
  name: 'Sam',
  named: true,
  subject: 'they',
  object: 'them',
  possessive: 'their',
}

test('one question per screen, the thought record last', () => {
  expect(INTROSPECTION_STEPS).toHaveLength(14)
  expect(THOUGHT_RECORD_START).toBe(6)
  for (const step of INTROSPECTION_STEPS) expect(wordingFor(step, ex, null).question).toMatch(/\?$/)
})

test('the direction changes the words, never the questions', () => {
  const change = { kind: 'text', field: 'change' } as const
  const hints = new Set(
    (['try-again', 'let-go', null] as const).map((d) => wordingFor(change, ex, d).hint),
  )
  expect(hints.size).toBe(3)
  expect(wordingFor({ kind: 'text', field: 'theirPart' }, ex, null).question).toBe(
    'What do you see as Sam’s part?',
  )
})

test('up to five values; a sixth is refused kindly; own values are checked', () => {
  let values: string[] = []
  for (const value of ['Kindness', 'Health', 'Family', 'Adventure', 'Honesty'])
    values = toggleValue(values, value).values
  const sixth = toggleValue(values, 'Rest')
  expect(sixth.values).toEqual(values)
  expect(sixth.problem).toMatch(/five already/)
  expect(toggleValue(values, 'health').values).not.toContain('Health')
  expect(validateOwnValue('  ', [])).toMatch(/Type a value/)
  expect(validateOwnValue('kindness', ['Kindness'])).toMatch(/already chosen/)
  expect(validateOwnValue('Being near the sea 🌊', [])).toBe(null)
})

test.each([
  ['', null, null],
  [' 40 ', 40, null],
  ['0', 0, null],
  ['100', 100, null],
  ['101', null, 'Choose a whole number from 0 to 100.'],
  ['-1', null, 'Choose a whole number from 0 to 100.'],
  ['4.5', null, 'Choose a whole number from 0 to 100.'],
  ['lots', null, 'Choose a whole number from 0 to 100.'],
])('the rating "%s" reads as %s', (text, rating, problem) => {
  expect(parseRating(text)).toEqual({ rating, problem })
})
