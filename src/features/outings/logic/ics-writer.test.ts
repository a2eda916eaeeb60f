import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  escapeText,
  foldLine,
  formatDuration,
  formatOffset,
  formatUtc,
  writeCalendar,
} from './ics-writer'

const encoder = new TextEncoder()
const octets = (line: string) => encoder.encode(line).length

/** What a reader does (RFC 5545 §3.1 and §3.3.11): unfold, then unescape. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '')
}
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  )
}

test.each([
  ['plain', 'Dinner', 'Dinner'],
  ['comma', 'Sam, Alex', 'Sam\\, Alex'],
  ['semicolon', 'a;b', 'a\\;b'],
  ['backslash', 'C:\\path', 'C:\\\\path'],
  ['newline', 'one\ntwo', 'one\\ntwo'],
  ['Windows newline', 'one\r\ntwo', 'one\\ntwo'],
  ['old Mac newline', 'one\rtwo', 'one\\ntwo'],
  ['control characters become spaces; tab stays', 'a\u0007b\tc', 'a b\tc'],
  ['colon and quotes need nothing', 'At 7: "Casa"', 'At 7: "Casa"'],
  ['emoji and CJK stay', '🎬 映画', '🎬 映画'],
])('escapes %s', (_, input, expected) => {
  expect(escapeText(input)).toBe(expected)
})

test('a line of exactly 75 octets is not folded; 76 is', () => {
  expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
  expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
})

test('folding never splits a UTF-8 character, even when the 75th octet falls inside one', () => {
  // 74 ASCII octets, then a 4-octet emoji: it cannot fit, so it starts the next line whole.
  const line = `${'x'.repeat(74)}😊tail`
  expect(foldLine(line)).toBe(`${'x'.repeat(74)}\r\n 😊tail`)
  // CJK is 3 octets: 25 of them fill 75 exactly.
  expect(foldLine('映'.repeat(26))).toBe(`${'映'.repeat(25)}\r\n 映`)
})

test('a calendar ends every line with CRLF, the last one too', () => {
  expect(writeCalendar(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe(
    'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  )
})

test.each([
  [0, 'PT0S'],
  [5, 'PT5M'],
  [60, 'PT1H'],
  [90, 'PT1H30M'],
  [1440, 'P1D'],
  [1500, 'P1DT1H'],
  [-60, '-PT1H'],
  [-900, '-PT15H'],
])('%i minutes is %s', (minutes, expected) => {
  expect(formatDuration(minutes)).toBe(expected)
})

test.each([
  [0, 0, '+0000'],
  [60, 0, '+0100'],
  [-300, 0, '-0500'],
  [330, 0, '+0530'],
  [-210, 0, '-0330'],
  [-1, -15, '-000115'],
])('offset %i min %i s is %s', (minutes, seconds, expected) => {
  expect(formatOffset(minutes, seconds)).toBe(expected)
})

test('UTC stamps carry the Z', () => {
  expect(formatUtc(Date.parse('2026-11-26T17:45:09.500Z'))).toBe('20261126T174509Z')
})

// Random text made of what breaks writers: emoji (incl. ZWJ sequences and flags), CJK, RTL, the
// escaped characters and line breaks, mixed with plain letters.
const risky = fc.constantFrom(
  'a',
  'Z',
  ' ',
  ',',
  ';',
  '\\',
  '\n',
  ':',
  '"',
  '😊',
  '👩‍👩‍👧',
  '🇯🇵',
  '映',
  '画',
  '한',
  'ع',
  'é',
  '\t',
)
const riskyText = fc.array(risky, { maxLength: 300 }).map((chars) => chars.join(''))

test('property: every physical line is at most 75 octets and unfolds and unescapes to the input', () => {
  fc.assert(
    fc.property(riskyText, fc.constantFrom('SUMMARY', 'LOCATION', 'DESCRIPTION'), (input, name) => {
      const file = writeCalendar([`${name}:${escapeText(input)}`])
      expect(file.endsWith('\r\n')).toBe(true)
      const physical = file.slice(0, -2).split('\r\n')
      for (const line of physical) {
        expect(octets(line)).toBeLessThanOrEqual(75)
        expect(line).not.toMatch(/[\r\n]/)
      }
      const logical = unfold(file).slice(0, -2)
      expect(logical.startsWith(`${name}:`)).toBe(true)
      expect(unescapeText(logical.slice(name.length + 1))).toBe(input)
    }),
    { numRuns: 500 },
  )
})

test('property: any string at all folds without splitting a character', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\r')),
      (input) => {
        const folded = foldLine(`X:${input}`)
        for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
        expect(folded.replace(/\r\n /g, '')).toBe(`X:${input}`)
      },
    ),
    { numRuns: 300 },
  )
})
