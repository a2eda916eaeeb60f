import { expect, test } from 'vitest'
import { MAX_ENTRY_LENGTH, validateEntry } from './validate-entry'

test.each([
  ['nothing at all', { mood: null, text: '' }, /Pick how you feel, or write a few words/],
  ['only spaces and line breaks', { mood: null, text: '  \n\t \n' }, /Pick how you feel/],
  [
    'one character over the limit',
    { mood: 3, text: 'a'.repeat(MAX_ENTRY_LENGTH + 1) },
    /1 characters over the limit of 200,000.*Nothing is lost/,
  ],
] as const)('refuses %s with a clear message', (_, input, message) => {
  expect(validateEntry(input)).toMatch(message)
})

test.each([
  ['a mood and no words', { mood: 1, text: '' }],
  ['words and no mood', { mood: null, text: 'Hard day.' }],
  ['100,000 characters', { mood: 2, text: 'x'.repeat(100_000) }],
  ['exactly the limit', { mood: null, text: 'y'.repeat(MAX_ENTRY_LENGTH) }],
  ['emoji and right-to-left text', { mood: null, text: '🌧️ שלום مرحبا' }],
  ['markup typed as text', { mood: null, text: '<script>alert(1)</script>' }],
] as const)('accepts %s', (_, input) => {
  expect(validateEntry(input)).toBeNull()
})
