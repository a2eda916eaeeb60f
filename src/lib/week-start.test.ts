import { expect, test } from 'vitest'
import { getWeekStart } from './week-start'

test.each([
  ['en-GB', 1],
  ['de-DE', 1],
  ['en-US', 0],
  ['ja-JP', 0],
  ['he-IL', 0],
  ['ar-EG', 6],
  ['fr', 1],
  ['not a locale!', 1],
])('the week of %s starts on day %i (0 = Sunday)', (locale, expected) => {
  expect(getWeekStart(locale)).toBe(expected)
})
