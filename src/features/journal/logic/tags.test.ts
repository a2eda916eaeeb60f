import { expect, test } from 'vitest'
import { countTags, suggestTags } from './tag-suggestions'
import {
  addTags,
  cleanTags,
  MAX_TAGS_PER_ENTRY,
  normaliseTag,
  removeTag,
  TAG_PROBLEMS,
  validateTags,
} from './tags'

test.each([
  ['  work  ', 'work'],
  ['#work', 'work'],
  ['## self care', 'self care'],
  ['self   \t care', 'self care'],
  // "é" as e + combining accent becomes the one composed character.
  ['cafe\u0301', 'caf\u00e9'],
  ['שינה', 'שינה'],
  ['🌱 growth', '🌱 growth'],
  ['<b>bold</b>', '<b>bold</b>'],
  ['   ', ''],
])('normaliseTag(%j) is %j', (raw, expected) => {
  expect(normaliseTag(raw)).toBe(expected)
})

test.each<[string, string[], string, string[], string[], string | null]>([
  ['a new tag', [], 'work', [], ['work'], null],
  ['several at once, by comma', [], 'work, sleep,  walks ', [], ['work', 'sleep', 'walks'], null],
  ['an Arabic comma separates too', [], 'عمل، نوم', [], ['عمل', 'نوم'], null],
  ['a duplicate in another case is merged', ['Work'], 'work', [], ['Work'], null],
  ['duplicates within one typing are merged', [], 'Work, work, WORK', [], ['Work'], null],
  ['composed and decomposed are one', ['caf\u00e9'], 'cafe\u0301', [], ['caf\u00e9'], null],
  ['an earlier spelling wins', [], 'work', ['Work'], ['Work'], null],
  ['empty', ['work'], '   ', [], ['work'], TAG_PROBLEMS.empty],
  ['only commas', [], ' , ,', [], [], TAG_PROBLEMS.empty],
  ['500 characters', [], 'x'.repeat(500), [], [], TAG_PROBLEMS.long],
  ['a long one beside a good one', [], `ok, ${'y'.repeat(41)}`, [], ['ok'], TAG_PROBLEMS.long],
  ['40 emoji fit (one character each)', [], '🌙'.repeat(40), [], ['🌙'.repeat(40)], null],
  ['HTML stays text', [], '<script>x</script>', [], ['<script>x</script>'], null],
])('addTags: %s', (_, current, typed, known, tags, problem) => {
  expect(addTags(current, typed, known)).toEqual({ tags, problem })
})

test('addTags stops at the limit with a kind word, keeping what fit', () => {
  const full = Array.from({ length: MAX_TAGS_PER_ENTRY - 1 }, (_, i) => `t${i}`)
  const result = addTags(full, 'one, two')
  expect(result.tags).toHaveLength(MAX_TAGS_PER_ENTRY)
  expect(result.tags.at(-1)).toBe('one')
  expect(result.problem).toBe(TAG_PROBLEMS.many)
  // A duplicate at the limit is no problem: nothing new was asked for.
  expect(addTags(result.tags, 'ONE').problem).toBeNull()
})

test('removeTag removes in any case and keeps the rest in order', () => {
  expect(removeTag(['a', 'Work', 'b'], 'work')).toEqual(['a', 'b'])
  expect(removeTag(['a'], 'missing')).toEqual(['a'])
})

test.each<[string[], string | null]>([
  [[], null],
  [['work', '🌱'], null],
  [[''], TAG_PROBLEMS.empty],
  [['x'.repeat(500)], TAG_PROBLEMS.long],
  [Array.from({ length: MAX_TAGS_PER_ENTRY + 1 }, (_, i) => `t${i}`), TAG_PROBLEMS.many],
])('validateTags(%j)', (tags, problem) => {
  expect(validateTags(tags)).toBe(problem)
})

test('cleanTags normalises and merges what is about to be stored', () => {
  expect(cleanTags([' #Work ', 'work', 'cafe\u0301', ''])).toEqual(['Work', 'caf\u00e9'])
})

test('countTags merges spellings under the most used one, most used first', () => {
  const once = (tags: string[]) => tags.map((tag) => ({ tag, count: 1 }))
  expect(countTags(once(['work', 'Work', 'work', 'sleep', 'ánimo', 'Sleep', 'zen']))).toEqual([
    { tag: 'work', count: 3 },
    { tag: 'sleep', count: 2 },
    { tag: 'ánimo', count: 1 },
    { tag: 'zen', count: 1 },
  ])
  expect(countTags([])).toEqual([])
})

test('suggestTags: prefix matches first, then contains, most used first, none already chosen', () => {
  const known = [
    { tag: 'work', count: 5 },
    { tag: 'homework', count: 9 },
    { tag: 'walks', count: 2 },
    { tag: 'sleep', count: 7 },
  ]
  expect(suggestTags(known, 'w', [])).toEqual(['work', 'walks', 'homework'])
  expect(suggestTags(known, 'W', ['Work'])).toEqual(['walks', 'homework'])
  expect(suggestTags(known, '', [])).toEqual(['homework', 'sleep', 'work', 'walks'])
  expect(suggestTags(known, 'zzz', [])).toEqual([])
  expect(suggestTags(known, '', [], 2)).toEqual(['homework', 'sleep'])
})
