import Dexie from 'dexie'
import { expect, test } from 'vitest'
import { describeStorageError, errorNames } from './errors'

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
