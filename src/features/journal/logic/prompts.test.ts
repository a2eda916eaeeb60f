import { expect, test } from 'vitest'
import { getExWords } from '@/lib/pronouns'
import { getPromptForDay } from './prompts'

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

test('the same prompt all day, and more than one across a fortnight', () => {
  expect(getPromptForDay('2026-11-26', named)).toBe(getPromptForDay('2026-11-26', named))
  const fortnight = Array.from({ length: 14 }, (_, i) =>
    getPromptForDay(`2026-11-${String(i + 1).padStart(2, '0')}`, named),
  )
  expect(new Set(fortnight).size).toBeGreaterThan(5)
})

test('prompts use the chosen name and pronouns, never an assumed gender', () => {
  const days = Array.from(
    { length: 60 },
    (_, i) =>
      `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  )
  const withName = days.map((day) => getPromptForDay(day, named)).join(' ')
  const withoutName = days.map((day) => getPromptForDay(day, unnamed)).join(' ')
  expect(withName).toMatch(/Sasha|\bher\b/)
  expect(withoutName).toMatch(/your ex|\bthem\b/)
  expect(`${withName} ${withoutName}`).not.toMatch(/\b(him|his|boyfriend|girlfriend)\b/)
})
