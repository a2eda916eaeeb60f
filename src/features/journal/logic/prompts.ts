import type { CalendarDay } from '@/db/types'
import type { ExWords } from '@/lib/pronouns'

type PromptMaker = (ex: ExWords) => string

/** Short, kind questions. Some mention the ex by the name and pronouns the person chose. */
const PROMPTS: readonly PromptMaker[] = [
  () => 'What is one small thing you did today just for you?',
  (ex) => `What do you miss about ${ex.name}, and what don’t you miss?`,
  () => 'What helped, even a little, in the last day?',
  (ex) => `If you could tell ${ex.object} one thing without sending it, what would it be?`,
  () => 'Who made you feel less alone this week?',
  () => 'What do you want the next month of your life to feel like?',
  () => 'What is something you are proud of, however small?',
  () => 'When did you last feel like yourself? What were you doing?',
  () => 'What would you say to a friend going through exactly this?',
  () => 'What is one thing you can let go of today?',
  () => 'What are you looking forward to, even a little?',
  () => 'What did the relationship teach you about what you need?',
]

/** The prompt for a day: the same all day, a different one tomorrow. */
export function getPromptForDay(day: CalendarDay, ex: ExWords): string {
  let hash = 0
  for (const char of day) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  const make = PROMPTS[hash % PROMPTS.length] ?? PROMPTS[0]!
  return make(ex)
}
