import { expect, test } from 'vitest'
import { habitLinkFor, keepsWatchingOrChasing, validateCommitment } from './plan'

test.each([
  ['I miss them at night', 'check their Instagram profile', true],
  ['I feel low', 'look at his stories', true],
  ['Friday comes', 'wait outside her work', true],
  ['I go out', 'post something to make them jealous', true],
  ['I feel lonely', 'post a photo so they notice', true],
  ['I want to text them', 'go for a walk and call my sister', false],
  ['we agree to try again and live apart', 'call daily for 30 to 60 minutes', false],
  ['it is the weekend', 'meet every two weeks', false],
  ['I open Instagram', 'mute their account and close the app', false],
  ['🌧️ a hard evening', 'write in my journal', false],
  ['ערב קשה', 'לצאת להליכה', false],
])('If %s, then I will %s → watching or chasing: %s', (situation, action, expected) => {
  expect(keepsWatchingOrChasing({ situation, action })).toBe(expected)
})

test('an empty line says what goes in it', () => {
  expect(validateCommitment({ situation: '  ', action: '', cadence: 'none', value: null })).toEqual(
    {
      situation: expect.stringMatching(/after “If”/),
      action: expect.stringMatching(/after “then I will”/),
    },
  )
  expect(
    validateCommitment({ situation: 'x', action: 'y'.repeat(2001), cadence: 'daily', value: null }),
  ).toEqual({ action: expect.stringMatching(/2,000 characters/) })
  expect(validateCommitment({ situation: 'x', action: 'y', cadence: 'daily', value: null })).toBe(
    null,
  )
})

test('the habit link carries the action, encoded, and where it came from', () => {
  expect(habitLinkFor({ id: 'c1', action: ' Walk & call Mum 🌱 ' })).toBe(
    '/journey/habits/new?name=Walk%20%26%20call%20Mum%20%F0%9F%8C%B1&from=plan:c1',
  )
})
