import { expect, test } from 'vitest'
import { buildEntry } from '../../../../tests/setup/factories'
import { NO_FILTER } from './entry-filter'
import {
  buildSearchIndex,
  excerptAround,
  findMatches,
  foldText,
  MAX_QUERY_LENGTH,
  patchSearchIndex,
  prepareQuery,
  searchEntries,
} from './search'

test.each([
  ['Café', 'cafe'],
  ['CAFE\u0301', 'cafe'],
  ['Straße', 'straße'],
  ['ﬁne', 'fine'],
  ['ＡＢＣ', 'abc'],
  ['ΟΔΟΣ', 'οδοσ'],
  ['❤️ ok', '❤ ok'],
  ['שָׁלוֹם', 'שָׁלוֹם'.normalize('NFKD')],
  ['नमस्ते', 'नमस्ते'.normalize('NFKD')],
])('folds %j to %j', (text, folded) => {
  expect(foldText(text)).toBe(folded)
})

test.each([
  ['walk', { terms: ['walk'], shown: 'walk', tooLong: false, blank: false }],
  [
    '  Walk   PARK walk ',
    { terms: ['walk', 'park'], shown: 'Walk   PARK walk', tooLong: false, blank: false },
  ],
  ['   ', { terms: [], shown: '', tooLong: false, blank: true }],
  ['', { terms: [], shown: '', tooLong: false, blank: false }],
  [
    '<script>alert(1)</script>',
    {
      terms: ['<script>alert(1)</script>'],
      shown: '<script>alert(1)</script>',
      tooLong: false,
      blank: false,
    },
  ],
  ['.*(+[?', { terms: ['.*(+[?'], shown: '.*(+[?', tooLong: false, blank: false }],
  ['我想你', { terms: ['我想你'], shown: '我想你', tooLong: false, blank: false }],
])('reads the search %j', (raw, expected) => {
  expect(prepareQuery(raw)).toEqual(expected)
})

test('a very long search is cut, and says so, without splitting an emoji', () => {
  const query = prepareQuery('🌧️'.repeat(150))
  expect(query.tooLong).toBe(true)
  expect([...query.shown]).toHaveLength(MAX_QUERY_LENGTH)
  expect(query.shown.endsWith('\ufe0f') || query.shown.endsWith('🌧')).toBe(true)
})

const entries = [
  buildEntry({ at: new Date(2026, 0, 2), text: 'A walk in the park', mood: 4 }),
  buildEntry({ at: new Date(2026, 0, 3), text: 'Un café au parc, seule', mood: 2 }),
  buildEntry({ at: new Date(2026, 0, 1), text: 'I miss you 🌧️ and the PARK', mood: 2 }),
  buildEntry({ at: new Date(2026, 0, 4), text: '我想你。今天去公园散步了' }),
  buildEntry({ at: new Date(2026, 0, 5), text: 'Nothing about <script> here, just .*(' }),
]

test('finds every term, newest first, whatever the case or accents, through the filter', () => {
  const index = buildSearchIndex(entries)
  const ids = (terms: string[], filter = NO_FILTER) =>
    searchEntries(index, terms, filter).map((entry) => entry.text)
  expect(ids(prepareQuery('park').terms)).toEqual([
    'A walk in the park',
    'I miss you 🌧️ and the PARK',
  ])
  expect(ids(prepareQuery('CAFE').terms)).toEqual(['Un café au parc, seule'])
  expect(ids(prepareQuery('park walk').terms)).toEqual(['A walk in the park'])
  expect(ids(prepareQuery('公园').terms)).toEqual(['我想你。今天去公园散步了'])
  expect(ids(prepareQuery('🌧').terms)).toEqual(['I miss you 🌧️ and the PARK'])
  expect(ids(prepareQuery('<script>').terms)).toEqual(['Nothing about <script> here, just .*('])
  expect(ids(prepareQuery('.*(').terms)).toEqual(['Nothing about <script> here, just .*('])
  expect(ids(prepareQuery('park').terms, { ...NO_FILTER, mood: 2 })).toEqual([
    'I miss you 🌧️ and the PARK',
  ])
  expect(ids([])).toEqual([])
})

test('a patch refolds only what changed, keeping newest first', () => {
  const index = buildSearchIndex(entries)
  const edited = { ...(entries[0] as (typeof entries)[0]), text: 'A run by the sea' }
  const added = buildEntry({ at: new Date(2026, 1, 1), text: 'Sea again' })
  const patched = patchSearchIndex(index, [edited, added], [(entries[4] as (typeof entries)[0]).id])
  expect(patched.entries.map((entry) => entry.text)).toEqual([
    'Sea again',
    '我想你。今天去公园散步了',
    'Un café au parc, seule',
    'A run by the sea',
    'I miss you 🌧️ and the PARK',
  ])
  expect(searchEntries(patched, ['sea'], NO_FILTER)).toHaveLength(2)
  expect(searchEntries(patched, ['walk'], NO_FILTER)).toHaveLength(0)
})

test('matches map back to the characters as written, accents and emoji included', () => {
  const text = 'Un CAFE\u0301 et un café ❤️, ﬁne'
  const marked = (terms: string[]) =>
    findMatches(text, terms).map((span) => text.slice(span.start, span.end))
  expect(marked(['cafe'])).toEqual(['CAFE\u0301', 'café'])
  expect(marked(['❤'])).toEqual(['❤️'])
  expect(marked(['fine'])).toEqual(['ﬁne'])
  expect(marked(['un', 'n c'])).toEqual(['Un C', 'un c'])
})

test('an excerpt shows the words around the first match, marked, as plain text', () => {
  const long = `${'before '.repeat(40)}the <b>walk</b> home${' after'.repeat(60)}`
  const segments = excerptAround(long, ['walk'])
  expect(segments[0]).toEqual({ text: '…', mark: false })
  expect(segments.at(-1)).toEqual({ text: '…', mark: false })
  expect(segments.filter((s) => s.mark)).toEqual([{ text: 'walk', mark: true }])
  expect(segments[1]?.text.startsWith('before')).toBe(true)
  expect(segments.map((s) => s.text).join('')).toContain('the <b>walk</b> home')

  expect(excerptAround('short walk', ['walk'])).toEqual([
    { text: 'short ', mark: false },
    { text: 'walk', mark: true },
  ])
  // Never cut inside an emoji.
  const emoji = `${'🌧'.repeat(100)} walk`
  for (const segment of excerptAround(emoji, ['walk'])) {
    expect(segment.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
  }
})
