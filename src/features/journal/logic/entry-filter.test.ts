import { expect, test } from 'vitest'
import { buildEntry } from '../../../../tests/setup/factories'
import { matchesFilter, NO_FILTER, parseFilter, withFilter } from './entry-filter'

test.each([
  ['', NO_FILTER, false],
  ['mood=2&kind=letter', { ...NO_FILTER, mood: 2, kind: 'letter' }, false],
  ['kind=entry', { ...NO_FILTER, kind: 'note' }, false],
  ['from=2026-01-01&to=2026-01-31', { ...NO_FILTER, from: '2026-01-01', to: '2026-01-31' }, false],
  // The wrong way round: swapped, and said so.
  ['from=2026-02-01&to=2026-01-01', { ...NO_FILTER, from: '2026-01-01', to: '2026-02-01' }, true],
  // Anything not real is ignored: moods out of range, unknown kinds, impossible or odd dates.
  ['mood=9&kind=<script>&from=2026-02-30&to=tomorrow', NO_FILTER, false],
  ['mood=2.5&kind=note&from=2024-02-29', { ...NO_FILTER, from: '2024-02-29' }, false],
  ['mood=&mood=1', NO_FILTER, false],
  ['tag=%20%23Work%20', { ...NO_FILTER, tag: 'Work' }, false],
  ['tag=%20%20', NO_FILTER, false],
  [`tag=${'x'.repeat(500)}`, { ...NO_FILTER, tag: 'x'.repeat(40) }, false],
])('reads %j from the address', (query, filter, swapped) => {
  expect(parseFilter(new URLSearchParams(query))).toEqual({ filter, swapped })
})

test('writes a filter into the address, dropping what is cleared and keeping the rest', () => {
  const params = new URLSearchParams('q=walk&mood=2&from=2026-01-01')
  expect(withFilter(params, { mood: null, kind: 'note', to: '2026-02-01' }).toString()).toBe(
    'q=walk&from=2026-01-01&kind=entry&to=2026-02-01',
  )
})

test('keeps only the entries a filter describes, with both ends of a date range included', () => {
  const entry = buildEntry({ at: new Date(2026, 0, 31, 23, 59), mood: 2, kind: 'letter' })
  expect(matchesFilter(entry, NO_FILTER)).toBe(true)
  expect(matchesFilter(entry, { ...NO_FILTER, mood: 2, to: '2026-01-31' })).toBe(true)
  expect(matchesFilter(entry, { ...NO_FILTER, from: '2026-01-31' })).toBe(true)
  expect(matchesFilter(entry, { ...NO_FILTER, from: '2026-02-01' })).toBe(false)
  expect(matchesFilter(entry, { ...NO_FILTER, mood: 3 })).toBe(false)
  expect(matchesFilter(entry, { ...NO_FILTER, kind: 'check-in' })).toBe(false)
  expect(matchesFilter(entry, { ...NO_FILTER, tag: 'work' })).toBe(false)
  const tagged = { ...entry, tags: ['Work', '🌱'] }
  expect(matchesFilter(tagged, { ...NO_FILTER, tag: 'WORK' })).toBe(true)
  expect(matchesFilter(tagged, { ...NO_FILTER, tag: '🌱' })).toBe(true)
})
