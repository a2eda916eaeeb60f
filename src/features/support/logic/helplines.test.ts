import { expect, test } from 'vitest'
import { parseCalendarDay } from '@/lib/dates'
import {
  COUNTRIES,
  EMERGENCY_NUMBERS,
  findCountry,
  guessCountry,
  INTERNATIONAL_DIRECTORY,
  type Helpline,
} from './helplines'
import { telHref, smsHref } from './phone'

const everyLine: [string, Helpline][] = COUNTRIES.flatMap((country) =>
  [...country.lines, country.emergency].map((line): [string, Helpline] => [
    `${country.name}: ${line.name} (${line.kind})`,
    line,
  ]),
)

test('the countries the issue names are all there, with their lines', () => {
  const dial = (code: string) => findCountry(code)?.lines.map((line) => line.dial)
  expect(dial('US')).toContain('988')
  expect(dial('CA')).toContain('988')
  expect(dial('GB')).toContain('116123')
  expect(dial('IE')).toContain('116123')
  expect(dial('AU')).toContain('131114')
  expect(INTERNATIONAL_DIRECTORY.address).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
})

test.each(everyLine)('%s is well formed', (_, line) => {
  // Digits only (the dial string is what reaches tel:/sms:); what people read keeps the same digits.
  expect(line.dial).toMatch(/^\d{3,12}$/)
  expect(line.display.replace(/[\s-]/g, '')).toBe(line.dial)
  expect(telHref(line.dial)).toBe(`tel:${line.dial}`)
  expect(smsHref(line.dial)).toBe(`sms:${line.dial}`)
  expect(line.name.trim()).not.toBe('')
  expect(line.about.trim()).not.toBe('')
  expect(['talk', 'text', 'emergency']).toContain(line.kind)
  expect(parseCalendarDay(line.verifiedOn)).not.toBeNull()
})

test('every country has a line to talk to before its emergency number', () => {
  for (const country of COUNTRIES) {
    expect(country.lines.some((line) => line.kind === 'talk')).toBe(true)
    expect(country.lines.every((line) => line.kind !== 'emergency')).toBe(true)
    expect(country.emergency.kind).toBe('emergency')
  }
  expect(new Set(COUNTRIES.map((country) => country.code)).size).toBe(COUNTRIES.length)
})

test('the general emergency numbers are well formed', () => {
  for (const item of EMERGENCY_NUMBERS) expect(item.dial).toMatch(/^\d{3}$/)
})

test.each([
  [['en-GB'], 'GB'],
  [['en-US', 'en'], 'US'],
  [['fr-CA'], 'CA'],
  [['ga-IE'], 'IE'],
  [['en_AU'], 'AU'],
  [['zh-Hant-TW', 'en-AU'], 'AU'],
  [['de-DE'], null],
  [['en'], null],
  [[], null],
  [['not a locale', ''], null],
] as const)('the locales %j suggest %s', (locales, expected) => {
  expect(guessCountry(locales)).toBe(expected)
})
