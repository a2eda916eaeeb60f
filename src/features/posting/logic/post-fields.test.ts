import { expect, test } from 'vitest'
import { UserError } from '@/lib/errors'
import { assertValidPost, emptyPostFields, postInputOf, reflectOnPause } from './post-fields'

const NOW = new Date(2026, 10, 26, 20, 0)

test.each([
  [null, null, null],
  ['ex', null, /partly for Sam/],
  ['friends', 'no', /partly for Sam/],
  ['me', 'yes', /this one is yours/],
  ['friends', 'yes', /this one is yours/],
  ['not-sure', null, /Not being sure is a fine answer/],
  [null, 'not-sure', /Not being sure/],
] as const)('who: %s, anyway: %s', (forWhom, anyway, expected) => {
  const word = reflectOnPause({ forWhom, anyway }, 'Sam')
  if (expected === null) expect(word).toBeNull()
  else expect(word).toMatch(expected)
})

test.each([
  ['an impossible date', { day: '2026-02-30' }, 'when'],
  ['a cleared time', { time: '' }, 'when'],
  ['an hour from now', { time: '21:00' }, 'when'],
  ['a huge text', { what: 'x'.repeat(20_001) }, 'what'],
  ['a long place', { where: 'x'.repeat(201) }, 'where'],
] as const)('%s is refused with a word about its field', (_, changes, field) => {
  const input = postInputOf({ ...emptyPostFields(NOW), ...changes })
  try {
    assertValidPost(input, NOW)
    expect.unreachable()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).field).toBe(field)
  }
})

test('emoji, right-to-left text and markup are kept exactly; a minute ahead is still now', () => {
  const input = postInputOf({
    ...emptyPostFields(NOW),
    what: '<script>x</script> שלום 🌊',
    where: '  Stories ',
    time: '20:01',
  })
  expect(() => assertValidPost(input, NOW)).not.toThrow()
  expect(input.what).toBe('<script>x</script> שלום 🌊')
  expect(input.where).toBe('Stories')
})
