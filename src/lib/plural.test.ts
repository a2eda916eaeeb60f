import { expect, test } from 'vitest'
import { plural } from './plural'

test.each([
  [0, 'day', undefined, '0 days'],
  [1, 'day', undefined, '1 day'],
  [2, 'entry', 'entries', '2 entries'],
  [1, 'entry was', 'entries were', '1 entry was'],
  [1204, 'day', undefined, '1,204 days'],
])('plural(%d, %s) is %j', (count, one, many, text) => {
  expect(plural(count, one, many)).toBe(text)
})
