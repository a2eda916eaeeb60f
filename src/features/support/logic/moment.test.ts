import { expect, test } from 'vitest'
import { isNight, momentWords, reachOutMessage } from './moment'

test.each([
  [new Date(2026, 10, 26, 4, 59), true],
  [new Date(2026, 10, 26, 5, 0), false],
  [new Date(2026, 10, 26, 13, 0), false],
  [new Date(2026, 10, 26, 19, 59), false],
  [new Date(2026, 10, 26, 20, 0), true],
  [new Date(2026, 10, 26, 23, 59), true],
  [new Date(2026, 10, 27, 0, 0), true],
])('%s is night: %s', (at, night) => {
  expect(isNight(at)).toBe(night)
  expect(momentWords(at).now).toBe(night ? 'tonight' : 'right now')
})

test('the message to a trusted person fits the hour', () => {
  expect(reachOutMessage(new Date(2026, 10, 26, 23, 0))).toBe(
    'I’m having a hard night, can you talk?',
  )
  expect(reachOutMessage(new Date(2026, 10, 26, 11, 0))).toBe(
    'I’m having a hard day, can you talk?',
  )
})
