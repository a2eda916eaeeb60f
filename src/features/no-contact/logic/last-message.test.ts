import { expect, test } from 'vitest'
import { combineLastMessage, EMPTY_PARTS } from './last-message'

test('the combined message skips empty parts and trims each one', () => {
  expect(combineLastMessage({ apology: ' Sorry. ', space: '   ', doingWell: 'I am okay.\n' })).toBe(
    'Sorry.\n\nI am okay.',
  )
  expect(combineLastMessage(EMPTY_PARTS)).toBe('')
})
