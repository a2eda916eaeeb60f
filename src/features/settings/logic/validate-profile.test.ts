import { expect, test } from 'vitest'
import {
  MAX_NAME_LENGTH,
  normaliseProfile,
  validateProfile,
  type ProfileInput,
} from './validate-profile'

const base: ProfileInput = {
  userName: '',
  exName: '',
  pronouns: 'they',
  customPronouns: { subject: '', object: '', possessive: '' },
}

test('everything is optional', () => {
  expect(validateProfile(base)).toEqual({})
})

test('names that are too long are explained', () => {
  const problems = validateProfile({
    ...base,
    userName: 'a'.repeat(MAX_NAME_LENGTH + 1),
    exName: 'b'.repeat(500),
  })
  expect(problems.userName).toMatch(/60 characters/)
  expect(problems.exName).toMatch(/nickname works well/)
})

test('custom pronouns need at least one word, each short', () => {
  expect(validateProfile({ ...base, pronouns: 'custom' }).customPronouns).toMatch(
    /Fill in the pronouns/,
  )
  expect(
    validateProfile({
      ...base,
      pronouns: 'custom',
      customPronouns: { subject: 'x'.repeat(21), object: '', possessive: '' },
    }).customPronouns,
  ).toMatch(/20 characters/)
  expect(
    validateProfile({
      ...base,
      pronouns: 'custom',
      customPronouns: { subject: 'ze', object: 'zir', possessive: 'zir' },
    }),
  ).toEqual({})
})

test('surrounding spaces go; emoji, right-to-left text and markup stay as typed', () => {
  expect(
    normaliseProfile({ ...base, userName: '  Noa 🌙 ', exName: ' <b>עמית</b> ' }),
  ).toMatchObject({
    userName: 'Noa 🌙',
    exName: '<b>עמית</b>',
  })
})
