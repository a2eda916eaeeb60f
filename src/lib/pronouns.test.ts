import { expect, test } from 'vitest'
import { capitalise, getExWords } from './pronouns'

const empty = { subject: '', object: '', possessive: '' }

test('nothing chosen: "your ex" and they/them, never an assumed gender', () => {
  expect(getExWords({ exName: '', pronouns: 'they', customPronouns: empty })).toEqual({
    name: 'your ex',
    named: false,
    subject: 'they',
    object: 'them',
    possessive: 'their',
  })
})

test.each([
  ['she', 'she', 'her', 'her'],
  ['he', 'he', 'him', 'his'],
  ['they', 'they', 'them', 'their'],
] as const)('%s pronouns', (choice, subject, object, possessive) => {
  expect(getExWords({ exName: 'Robin', pronouns: choice, customPronouns: empty })).toMatchObject({
    name: 'Robin',
    named: true,
    subject,
    object,
    possessive,
  })
})

test('custom pronouns are used as given, and gaps fall back to they/them', () => {
  const words = getExWords({
    exName: ' Kai ',
    pronouns: 'custom',
    customPronouns: { subject: 'xe', object: 'xem', possessive: '' },
  })
  expect(words).toMatchObject({ name: 'Kai', subject: 'xe', object: 'xem', possessive: 'their' })
})

test('capitalise handles letters beyond ASCII and empty text', () => {
  expect(capitalise('élodie')).toBe('Élodie')
  expect(capitalise('')).toBe('')
})
