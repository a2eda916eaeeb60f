import Dexie from 'dexie'
import { expect, test } from 'vitest'
import {
  assertNoProblem,
  describeError,
  describeStorageError,
  errorNames,
  UserError,
} from './errors'
import { InsecureContextError } from './secure-context'

test('a full disk is explained as such, and says the words are still there', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  const message = describeStorageError(quota)
  expect(message).toMatch(/out of space/)
  expect(message).toMatch(/words are still here/)
})

test('Dexie wrapping a quota error is still recognised', () => {
  const wrapped = new Dexie.AbortError(
    'Transaction aborted',
    new DOMException('full', 'QuotaExceededError'),
  )
  expect(errorNames(wrapped)).toContain('QuotaExceededError')
  expect(describeStorageError(wrapped)).toMatch(/out of space/)
})

test('a closed database asks for a reload', () => {
  expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch(/Reload/)
})

test('anything else gets a kind, general message', () => {
  expect(describeStorageError('weird')).toMatch(/try again/)
  expect(describeStorageError(undefined)).toMatch(/try again/)
})

test('the outcome can be named for what failed, in every kind of message', () => {
  const quota = new DOMException('full', 'QuotaExceededError')
  expect(describeStorageError(quota, 'nothing was restored')).toMatch(
    /out of space for Steady, so nothing was restored\./,
  )
  expect(describeStorageError(new Dexie.DatabaseClosedError(), 'the backup was not made')).toMatch(
    /so the backup was not made\./,
  )
  expect(describeStorageError('weird', 'nothing was restored')).toMatch(
    /^Something went wrong and nothing was restored\./,
  )
})

test('a crypto step refused on a page that is not secure is explained, not "try again"', () => {
  const message = describeStorageError(new InsecureContextError(), 'the backup was not made')
  expect(message).toMatch(/^That can’t work on this page, so the backup was not made\. /)
  expect(message).toContain('plain http')
  expect(message).not.toMatch(/try again/i)
})

test('a UserError speaks for itself; anything else is explained as a storage failure', () => {
  expect(describeError(new UserError('Choose a real date.'))).toBe('Choose a real date.')
  expect(describeError(new UserError('Wrong one.', { field: 'current' }))).toBe('Wrong one.')
  // A plain Error's message is never shown: it may be technical.
  expect(describeError(new Error('TypeError: x is undefined'))).toMatch(/^Something went wrong/)
  expect(
    describeError(new DOMException('full', 'QuotaExceededError'), 'the plan was not made'),
  ).toMatch(/so the plan was not made\./)
})

test('assertNoProblem throws the first problem as a UserError', () => {
  expect(() => assertNoProblem(null, undefined)).not.toThrow()
  expect(() => assertNoProblem(null, 'First', 'Second')).toThrow(new UserError('First'))
})
