import { expect, test } from 'vitest'
import { differingWords, wordsOf } from './field-words'

const NAME = 'Name'
const NOTE = 'Note'

test.each([
  {
    case: 'only the fields that differ, in order',
    mine: [
      { label: NAME, words: 'Walk' },
      { label: NOTE, words: 'mine' },
    ],
    theirs: [
      { label: NAME, words: 'Walk' },
      { label: NOTE, words: 'theirs' },
    ],
    expected: { mine: 'Note: mine', theirs: 'Note: theirs' },
  },
  {
    case: 'every field when none differs (something not shown changed)',
    mine: [{ label: NAME, words: 'Walk' }],
    theirs: [{ label: NAME, words: 'Walk' }],
    expected: { mine: 'Name: Walk', theirs: 'Name: Walk' },
  },
  {
    case: 'a field only one side has is a difference; emptied words are said',
    mine: [{ label: NAME, words: '' }],
    theirs: [
      { label: NAME, words: 'Walk' },
      { label: 'Agreed', words: 'Yes' },
    ],
    expected: { mine: 'Name: (nothing)', theirs: 'Name: Walk\nAgreed: Yes' },
  },
  {
    case: 'text stays text: markup, emoji and right-to-left words as typed',
    mine: [{ label: NOTE, words: '<b>ساحل</b> 🌊' }],
    theirs: [{ label: NOTE, words: 'sea' }],
    expected: { mine: 'Note: <b>ساحل</b> 🌊', theirs: 'Note: sea' },
  },
])('$case', ({ mine, theirs, expected }) => {
  expect(differingWords(mine, theirs)).toEqual(expected)
})

test('wordsOf puts one field on each line', () => {
  expect(
    wordsOf([
      { label: NAME, words: 'Walk' },
      { label: NOTE, words: 'by the river' },
    ]),
  ).toBe('Name: Walk\nNote: by the river')
})
