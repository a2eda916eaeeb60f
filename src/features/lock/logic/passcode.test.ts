import { expect, test } from 'vitest'
import { MAX_PASSCODE_LENGTH, normalisePasscode, validateNewPasscode } from './passcode'

test.each([
  ['4 digits', '2468', '2468'],
  ['a longer phrase with spaces', 'blue kettle 7', 'blue kettle 7'],
  ['4 emoji count as 4 characters', '🌷🌷🌷🌷', '🌷🌷🌷🌷'],
  ['right-to-left text', 'שלום', 'שלום'],
  ['leading and trailing spaces are part of it', '  12  ', '  12  '],
  ['the longest allowed', 'a'.repeat(MAX_PASSCODE_LENGTH), 'a'.repeat(MAX_PASSCODE_LENGTH)],
])('accepted: %s', (_name, passcode, confirm) => {
  expect(validateNewPasscode({ passcode, confirm })).toEqual({})
})

test.each([
  ['empty', '', '', { passcode: expect.stringMatching(/at least 4 characters/) }],
  ['3 digits', '123', '123', { passcode: expect.stringMatching(/at least 4 characters/) }],
  ['3 emoji', '🌷🌷🌷', '🌷🌷🌷', { passcode: expect.stringMatching(/at least 4/) }],
  [
    'too long',
    'a'.repeat(MAX_PASSCODE_LENGTH + 1),
    'a'.repeat(MAX_PASSCODE_LENGTH + 1),
    { passcode: expect.stringMatching(/at most 200/) },
  ],
  ['not confirmed', '2468', '', { confirm: expect.stringMatching(/once more/) }],
  ['confirmed differently', '2468', '2469', { confirm: expect.stringMatching(/don’t match/) }],
  ['differs only in case', 'Kettle', 'kettle', { confirm: expect.stringMatching(/don’t match/) }],
])('refused: %s', (_name, passcode, confirm, problems) => {
  expect(validateNewPasscode({ passcode, confirm })).toEqual(problems)
})

test('an accented letter typed as one or two code points is the same passcode', () => {
  expect(normalisePasscode('caf\u00e9')).toBe(normalisePasscode('cafe\u0301'))
})
