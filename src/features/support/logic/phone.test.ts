import { expect, test } from 'vitest'
import { checkPhoneNumber, smsHref, telHref } from './phone'

test.each([
  ['+44 7700 900123', '+447700900123'],
  ['(555) 010-4477', '5550104477'],
  ['  0477.13.11.14 ', '0477131114'],
  ['+1 (555) 010 4477', '+15550104477'],
  ['07700 900 123', '07700900123'],
])('%j is dialled as %s', (typed, dial) => {
  expect(checkPhoneNumber(typed)).toEqual({ ok: true, dial })
})

test.each([
  ['', 'Add their phone number.'],
  ['   ', 'Add their phone number.'],
  ['12', 'This number looks too short.'],
  ['1234567890123456', 'This number looks too long.'],
  ['call me maybe', /only have digits/],
  ['555-0101;body=hi', /only have digits/],
  ['+44+7700', /only have digits/],
  ['07700 900 123 ext 4', /only have digits/],
  ['٠٧٧٠٠٩٠٠١٢٣', /only have digits/],
  ['<script>1</script>', /only have digits/],
])('%j gets a clear message', (typed, problem) => {
  const result = checkPhoneNumber(typed)
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.problem).toMatch(problem)
})

test('links are built only from digits and a leading +', () => {
  expect(telHref('+447700900123')).toBe('tel:+447700900123')
  expect(telHref('5550101?body=x')).toBeNull()
  expect(telHref('javascript:alert(1)')).toBeNull()
  expect(smsHref('+447700900123', 'I’m having a hard night, can you talk?')).toBe(
    'sms:+447700900123?&body=I%E2%80%99m%20having%20a%20hard%20night%2C%20can%20you%20talk%3F',
  )
  expect(smsHref('555 0101', 'hi')).toBeNull()
  expect(smsHref('5550101', 'a&b=c')).toBe('sms:5550101?&body=a%26b%3Dc')
})
