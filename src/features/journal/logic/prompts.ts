import type { CalendarDay, Direction } from '@/db/types'
import { toDayNumber } from '@/lib/day-numbers'
import type { ExWords } from '@/lib/pronouns'

/**
 * The step of the journey a person is on, for choosing questions (the article's steps 0–5). It is
 * the journey map's current step, handed in by the screen (src/app/today-prompt.tsx), so the map,
 * Today's suggestion and the questions always agree; null when every step has something in it.
 */
export type JourneyStep = 'assess' | 'introspect' | 'space' | 'self' | 'live' | 'post'

interface PromptDef {
  /** Stable: a prompt keeps its place in the rotation when others are added. */
  id: string
  ask: (ex: ExWords) => string
  /** Only for this direction; absent: for everyone. */
  direction?: Direction
  /** Only while in this step; absent: at any step. */
  step?: JourneyStep
}

/**
 * Short, kind questions from the article's themes: returning to yourself, the body, friends and
 * family, giving space, an honest look at what broke. None is about winning anyone back; a few
 * name the ex by the name and pronouns the person chose.
 */
export const PROMPTS: readonly PromptDef[] = [
  // For everyone, at any step.
  { id: 'myself', ask: () => 'What made you feel like yourself today, even for a moment?' },
  {
    id: 'body',
    ask: () =>
      'What did you do for your body today? A walk, a glass of water, an early night: all of it counts.',
  },
  { id: 'friend', ask: () => 'What would you tell a friend in your place tonight?' },
  { id: 'just-for-you', ask: () => 'What is one small thing you did today just for you?' },
  { id: 'helped', ask: () => 'What helped, even a little, in the last day?' },
  { id: 'less-alone', ask: () => 'Who made you feel less alone this week?' },
  { id: 'proud', ask: () => 'What is something you are proud of, however small?' },
  { id: 'looking-forward', ask: () => 'What are you looking forward to, even a little?' },
  { id: 'put-down', ask: () => 'What is one thing you can put down for tonight?' },
  {
    id: 'need',
    ask: () => 'What do you need more of right now: rest, people, quiet, or something else?',
  },
  {
    id: 'kinder',
    ask: () => 'Where were you kind to yourself today? Where could you be a little kinder?',
  },
  {
    id: 'name-it',
    ask: () =>
      'If today’s feeling had a name, what would it be? Where do you feel it in your body?',
  },
  { id: 'laugh', ask: () => 'When did you last laugh, or nearly?' },
  { id: 'tomorrow', ask: () => 'What is one small, doable thing for tomorrow?' },
  {
    id: 'values',
    ask: () => 'What matters to you that has nothing to do with a relationship?',
  },
  {
    id: 'before',
    ask: () => 'What did you love doing before the relationship that you could return to?',
  },
  {
    id: 'hardest',
    ask: () => 'What was the hardest moment today, and how did you get through it?',
  },
  { id: 'strength', ask: () => 'What strength of yours got you through this week?' },
  { id: 'three-good', ask: () => 'Name three ordinary things that were good today.' },
  { id: 'sleep', ask: () => 'How have you been sleeping, and what might help tonight?' },
  {
    id: 'noticed',
    ask: () => 'What did you notice around you today: the light, a sound, a kind face?',
  },
  { id: 'changed-mind', ask: () => 'What have you changed your mind about lately?' },
  { id: 'year-from-now', ask: () => 'What would you like to tell yourself a year from now?' },
  { id: 'miss', ask: (ex) => `What do you miss about ${ex.name}, and what don’t you miss?` },
  {
    id: 'unsent',
    ask: (ex) => `If you could tell ${ex.object} one thing without sending it, what would it be?`,
  },
  { id: 'taught', ask: () => 'What has this time taught you about what you need?' },
  { id: 'next-month', ask: () => 'What do you want the next month of your life to feel like?' },
  { id: 'comfort', ask: () => 'What comforts you when the evenings are hard?' },
  {
    id: 'surprised',
    ask: () => 'What surprised you about yourself since the breakup?',
  },
  { id: 'made-with-hands', ask: () => 'What did you make, fix or tidy today, however small?' },

  // Letting go and healing.
  {
    id: 'chapter',
    direction: 'let-go',
    ask: () => 'What would closing this chapter gently look like for you?',
  },
  {
    id: 'yours-again',
    direction: 'let-go',
    ask: () => 'Which part of your life feels like yours again?',
  },
  {
    id: 'grieving',
    direction: 'let-go',
    ask: () => 'What are you missing most today: the person, the plans, or the everyday routine?',
  },
  {
    id: 'forgive-self',
    direction: 'let-go',
    ask: () => 'What would it take to forgive yourself for your part?',
  },
  {
    id: 'now-free',
    direction: 'let-go',
    ask: () => 'What can you do now that you couldn’t, or didn’t, before?',
  },
  {
    id: 'next-time',
    direction: 'let-go',
    ask: () => 'What will you look for, and what will you not accept, in whoever comes next?',
  },

  // One more honest try: honest about what it needs, and about taking care of yourself either way.
  {
    id: 'truly-different',
    direction: 'try-again',
    ask: () => 'What would have to be truly different for trying again to be good for you?',
  },
  {
    id: 'ordinary-week',
    direction: 'try-again',
    ask: () => 'Picture an ordinary week together again. What feels good in it, and what doesn’t?',
  },
  {
    id: 'from-them',
    direction: 'try-again',
    ask: (ex) => `What would you need from ${ex.name} for it to work, not just from yourself?`,
  },
  {
    id: 'either-way',
    direction: 'try-again',
    ask: () => 'How would you look after yourself if it doesn’t work out?',
  },
  {
    id: 'for-you',
    direction: 'try-again',
    ask: () => 'What are you working on for yourself, whatever happens?',
  },
  {
    id: 'pace',
    direction: 'try-again',
    ask: () => 'What pace feels right to you, without rushing anything?',
  },

  // Step 0, assess.
  {
    id: 'what-broke',
    step: 'assess',
    ask: () => 'What do you think broke, and could it be fixed by more than one person’s effort?',
  },
  {
    id: 'honest-happy',
    step: 'assess',
    ask: () => 'If nothing else changed, would you be happy? Write the first answer that comes.',
  },
  {
    id: 'fear',
    step: 'assess',
    ask: () => 'What are you most afraid of right now? Fear is worth noticing, not obeying.',
  },
  {
    id: 'two-paths',
    step: 'assess',
    ask: () => 'Imagine both paths, trying again and letting go. Which lets you breathe easier?',
  },

  // Step 1, introspection.
  { id: 'why-ended', step: 'introspect', ask: () => 'In your own words, why did it end?' },
  {
    id: 'pattern',
    step: 'introspect',
    ask: () => 'Is there a pattern in yourself you would like to change, for your own sake?',
  },
  {
    id: 'yours-to-carry',
    step: 'introspect',
    ask: () => 'What was yours to own, and what was never yours to carry?',
  },
  {
    id: 'get-better',
    step: 'introspect',
    ask: () => 'What is one thing you would like to get better at, and how could you start?',
  },

  // Step 2, give space.
  {
    id: 'urge-hope',
    step: 'space',
    ask: () => 'When you wanted to reach out, what were you hoping to feel?',
  },
  {
    id: 'instead',
    step: 'space',
    ask: () => 'What did you do instead of checking messages or profiles today? How was it?',
  },
  {
    id: 'easier',
    step: 'space',
    ask: () => 'What has become a little easier since you gave yourself space?',
  },
  {
    id: 'reminded',
    step: 'space',
    ask: (ex) => `What reminded you of ${ex.name} today, and what did you do with that moment?`,
  },

  // Step 3, focus on yourself.
  {
    id: 'moving',
    step: 'self',
    ask: () => 'How did moving your body change your mood today?',
  },
  {
    id: 'let-slip',
    step: 'self',
    ask: () => 'What is something you believed in or loved that you let slip, and want back?',
  },
  {
    id: 'bring-to-someone',
    step: 'self',
    ask: () =>
      'If you could bring one thing to a therapist or someone you trust this week, what would it be?',
  },
  { id: 'rest', step: 'self', ask: () => 'What does real rest look like for you?' },

  // Step 4, live your life.
  {
    id: 'see-this-week',
    step: 'live',
    ask: () => 'Who would you like to see this week, and what would you do together?',
  },
  {
    id: 'last-outing',
    step: 'live',
    ask: () => 'What was the best part of the last time you went out?',
  },
  {
    id: 'call-family',
    step: 'live',
    ask: () => 'Who in your family could you call just to talk?',
  },
  {
    id: 'worth-living',
    step: 'live',
    ask: () => 'What reminded you lately that life is good to live?',
  },

  // Step 5, post with intent: the pause before sharing, never a push to post.
  {
    id: 'for-whom',
    step: 'post',
    ask: () => 'If you shared something today, who would it really be for?',
  },
  {
    id: 'no-reaction',
    step: 'post',
    ask: () => 'How would you feel if something you shared got no reaction at all?',
  },
  {
    id: 'kept-for-you',
    step: 'post',
    ask: () => 'What good moment from this week would you keep just for yourself?',
  },
]

export interface PromptContext {
  /** The direction chosen in the latest assessment; null before any. */
  direction: Direction | null
  step: JourneyStep | null
}

/** Where the rotation stands after "Another question": the day it was asked and the place reached. */
export interface PromptMemory {
  day: CalendarDay
  position: number
}

/** A stable number per id, so the rotation's order mixes themes and survives added prompts. */
function idHash(id: string): number {
  let hash = 2166136261
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0
  return hash
}

/**
 * The prompts for a person, in rotation order: those for everyone, those for their direction
 * (none of either direction before an assessment), and those for their step.
 */
export function getPromptPool(context: PromptContext): PromptDef[] {
  return PROMPTS.filter(
    (prompt) =>
      (prompt.direction === undefined || prompt.direction === context.direction) &&
      (prompt.step === undefined || prompt.step === context.step),
  ).sort((a, b) => idHash(a.id) - idHash(b.id) || (a.id < b.id ? -1 : 1))
}

/**
 * The place in the rotation for `day`: one step on per day, so a day shows the same question at
 * every reload and consecutive days never repeat until the whole pool has been seen. "Another
 * question" moves the place on and is remembered (`memory`), and the days after go on from there.
 */
export function getPromptPosition(day: CalendarDay, memory: PromptMemory | null): number {
  const today = toDayNumber(day)
  if (Number.isNaN(today)) return 0
  if (!memory) return today
  const since = today - toDayNumber(memory.day)
  // A clock set back, or a memory that is not a real day: keep the remembered place.
  return Number.isNaN(since) ? memory.position : memory.position + Math.max(0, since)
}

export interface ChosenPrompt {
  id: string
  text: string
  position: number
}

/** The question for `day`. */
export function getPrompt(
  day: CalendarDay,
  context: PromptContext,
  memory: PromptMemory | null,
  ex: ExWords,
): ChosenPrompt {
  const pool = getPromptPool(context)
  const position = getPromptPosition(day, memory)
  const index = ((position % pool.length) + pool.length) % pool.length
  const prompt = pool[index] ?? pool[0]!
  return { id: prompt.id, text: prompt.ask(ex), position }
}

/** What to remember after "Another question" on `day`: the next place in the rotation. */
export function getNextPromptMemory(day: CalendarDay, memory: PromptMemory | null): PromptMemory {
  return { day, position: getPromptPosition(day, memory) + 1 }
}
