import { expect, test } from 'vitest'
import {
  combineLastMessage,
  EMPTY_PARTS,
  parseLastMessageDraft,
  serialiseLastMessage,
} from './last-message'

test('the three parts round-trip through the draft exactly as typed', () => {
  const parts = { apology: '  Sorry 🙏\n', space: 'שלום <b>x</b>', doingWell: '' }
  expect(parseLastMessageDraft(serialiseLastMessage(parts))).toEqual(parts)
})

test('an empty message leaves no draft behind', () => {
  expect(serialiseLastMessage(EMPTY_PARTS)).toBe('')
  expect(parseLastMessageDraft('')).toEqual(EMPTY_PARTS)
})

test.each([
  ['plain words from an older draft', 'plain words from an older draft'],
  ['[1,2]', '[1,2]'],
  ['null', 'null'],
  ['"a string"', '"a string"'],
  ['{"apology": 3', '{"apology": 3'],
])('a draft that is not the expected JSON keeps its words in the first part: %s', (text, kept) => {
  expect(parseLastMessageDraft(text)).toEqual({ ...EMPTY_PARTS, apology: kept })
})

test('unknown or wrongly typed fields are ignored, the rest kept', () => {
  expect(parseLastMessageDraft('{"apology":5,"space":"Space","extra":"x"}')).toEqual({
    ...EMPTY_PARTS,
    space: 'Space',
  })
})

test('the combined message skips empty parts and trims each one', () => {
  expect(combineLastMessage({ apology: ' Sorry. ', space: '   ', doingWell: 'I am okay.\n' })).toBe(
    'Sorry.\n\nI am okay.',
  )
  expect(combineLastMessage(EMPTY_PARTS)).toBe('')
})
