import { expect, test } from 'vitest'
import { isLegacyDraft, upgradeDraftRow } from './upgrades'

const row = { mood: null, updatedAt: '2026-11-25T02:00:00.000Z', writer: 'tab' }

test.each([
  ['plain text, not JSON', 'I’m sorry {', { apology: 'I’m sorry {', space: '', doingWell: '' }],
  ['JSON that is not an object', '[1,2]', { apology: '[1,2]', space: '', doingWell: '' }],
  ['JSON null', 'null', { apology: 'null', space: '', doingWell: '' }],
  ['a JSON string', '"a string"', { apology: '"a string"', space: '', doingWell: '' }],
  [
    'parts of the wrong type',
    '{"apology":3,"space":"ok"}',
    { apology: '', space: 'ok', doingWell: '' },
  ],
  ['empty', '  ', { apology: '', space: '', doingWell: '' }],
])('a damaged last-message draft keeps its words (%s)', (_, text, fields) => {
  expect(upgradeDraftRow({ ...row, id: 'last-message', text })).toMatchObject({
    kind: 'last-message',
    fields,
  })
})

test('a draft of a form this version does not know is kept as an entry draft, words intact', () => {
  expect(upgradeDraftRow({ ...row, id: 'something-else', text: 'kept' })).toEqual({
    id: 'something-else',
    updatedAt: row.updatedAt,
    writer: row.writer,
    kind: 'entry',
    fields: { mood: null, text: 'kept', prompt: '' },
    baseUpdatedAt: null,
  })
})

test('old and new rows are told apart', () => {
  expect(isLegacyDraft({ ...row, id: 'x', text: '' })).toBe(true)
  expect(isLegacyDraft({ ...row, id: 'x', kind: 'letter', fields: { text: '' } })).toBe(false)
  expect(isLegacyDraft(null)).toBe(false)
})
