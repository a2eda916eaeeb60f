import { expect, test } from 'vitest'
import type { Direction } from '@/db/types'
import { fromDayNumber, toDayNumber } from '@/lib/day-numbers'
import { getExWords } from '@/lib/pronouns'
import {
  getNextPromptMemory,
  getPrompt,
  getPromptPool,
  getPromptPosition,
  PROMPTS,
  type JourneyStep,
  type PromptContext,
  type PromptMemory,
} from './prompts'

const named = getExWords({
  exName: 'Sasha',
  pronouns: 'she',
  customPronouns: { subject: '', object: '', possessive: '' },
})
const unnamed = getExWords({
  exName: '',
  pronouns: 'they',
  customPronouns: { subject: '', object: '', possessive: '' },
})

const DIRECTIONS: (Direction | null)[] = [null, 'try-again', 'let-go']
const STEPS: (JourneyStep | null)[] = [
  null,
  'assess',
  'introspect',
  'space',
  'self',
  'live',
  'post',
]
const CONTEXTS: PromptContext[] = DIRECTIONS.flatMap((direction) =>
  STEPS.map((step) => ({ direction, step })),
)
const FOUR_WEEKS = 28

function days(from: string, count: number): string[] {
  const start = toDayNumber(from)
  return Array.from({ length: count }, (_, i) => fromDayNumber(start + i))
}

test('at least forty prompts, each id once, every text kind: none about winning anyone back', () => {
  expect(PROMPTS.length).toBeGreaterThanOrEqual(40)
  expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length)
  for (const prompt of PROMPTS) {
    for (const ex of [named, unnamed]) {
      const text = prompt.ask(ex)
      expect(text, prompt.id).toMatch(/\?$|\.$/)
      expect(text, prompt.id).not.toMatch(
        /\b(win|get|make)\b.*\bback\b|jealous|\bmiss you\b|\b(him|his|boyfriend|girlfriend)\b/i,
      )
    }
  }
})

test.each(CONTEXTS)(
  'every pool lasts four weeks and follows its direction and step: %o',
  (context) => {
    const pool = getPromptPool(context)
    expect(pool.length).toBeGreaterThanOrEqual(FOUR_WEEKS)
    for (const prompt of pool) {
      expect([undefined, context.direction]).toContain(prompt.direction)
      expect([undefined, context.step]).toContain(prompt.step)
    }
    // Every prompt for the direction and the step is in the pool.
    const forThem = PROMPTS.filter(
      (p) =>
        (p.direction !== undefined && p.direction === context.direction) ||
        (p.step !== undefined && p.step === context.step && p.direction === undefined),
    )
    for (const prompt of forThem) expect(pool).toContain(prompt)
  },
)

test('without an assessment, no question of either direction comes up', () => {
  const pool = getPromptPool({ direction: null, step: null })
  expect(pool.every((p) => p.direction === undefined && p.step === undefined)).toBe(true)
  const prompt = getPrompt('2026-11-26', { direction: null, step: null }, null, unnamed)
  expect(pool.map((p) => p.id)).toContain(prompt.id)
})

test.each(CONTEXTS)('no repeats within four weeks, day by day, across a year: %o', (context) => {
  const year = days('2026-01-01', 365 + FOUR_WEEKS)
  const ids = year.map((day) => getPrompt(day, context, null, named).id)
  for (let start = 0; start < 365; start++) {
    const window = ids.slice(start, start + FOUR_WEEKS)
    expect(new Set(window).size, `from ${year[start]}`).toBe(FOUR_WEEKS)
  }
})

test('the same question at every reload of a day, and a different one the next day', () => {
  const context: PromptContext = { direction: 'let-go', step: 'space' }
  const a = getPrompt('2026-11-26', context, null, named)
  expect(getPrompt('2026-11-26', context, null, named)).toEqual(a)
  expect(getPrompt('2026-11-27', context, null, named).id).not.toBe(a.id)
})

test('“Another question” moves on, is remembered, and the days after go on without repeats', () => {
  const context: PromptContext = { direction: 'try-again', step: 'self' }
  const pool = getPromptPool(context)
  let memory: PromptMemory | null = null
  const seen: string[] = []
  // Over three weeks, two or three questions a day by asking for another.
  for (const [i, day] of days('2026-03-20', 21).entries()) {
    seen.push(getPrompt(day, context, memory, named).id)
    for (let skip = 0; skip < i % 3; skip++) {
      memory = getNextPromptMemory(day, memory)
      const again = getPrompt(day, context, memory, named)
      // A reload after "Another question" shows the same one again.
      expect(getPrompt(day, context, memory, named)).toEqual(again)
      seen.push(again.id)
    }
  }
  // Every question seen is new until the pool has been through once.
  const firstRound = seen.slice(0, pool.length)
  expect(new Set(firstRound).size).toBe(firstRound.length)
})

test.each<[string, PromptMemory | null, number]>([
  ['no memory: the day’s own place', null, toDayNumber('2026-11-26')],
  ['the remembered day', { day: '2026-11-26', position: 5 }, 5],
  ['three days on', { day: '2026-11-23', position: 5 }, 8],
  ['a clock set back keeps the place', { day: '2026-12-01', position: 9 }, 9],
  ['a memory that is not a day keeps the place', { day: '2026-02-30', position: 4 }, 4],
])('getPromptPosition: %s', (_, memory, expected) => {
  expect(getPromptPosition('2026-11-26', memory)).toBe(expected)
})

test('positions step one a day across month ends, leap days and DST nights', () => {
  for (const [from, to] of [
    ['2028-02-28', '2028-03-01'],
    ['2026-03-28', '2026-03-30'],
    ['2026-10-24', '2026-10-26'],
    ['2026-12-31', '2027-01-01'],
  ] as const) {
    const memory = { day: from, position: 100 }
    expect(getPromptPosition(to, memory)).toBe(100 + toDayNumber(to) - toDayNumber(from))
  }
})

test('a day that is not real still gives a question', () => {
  expect(getPrompt('not-a-day', { direction: null, step: null }, null, unnamed).text).toMatch(/\?/)
})

test('prompts use the chosen name and pronouns, never an assumed gender', () => {
  const texts = (ex: typeof named) => PROMPTS.map((p) => p.ask(ex)).join(' ')
  expect(texts(named)).toMatch(/Sasha/)
  expect(texts(named)).toMatch(/\bher\b/)
  expect(texts(unnamed)).toMatch(/your ex/)
  expect(texts(unnamed)).toMatch(/\bthem\b/)
})
