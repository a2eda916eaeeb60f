/**
 * The six parts of a personal safety plan, after the Stanley–Brown Safety Planning Intervention, in
 * plain words. Each part is the person's own words; the examples are only there to pick from.
 */
export const SAFETY_PLAN_PARTS = [
  {
    key: 'warningSigns',
    title: 'My warning signs',
    question: 'What tells you a hard moment is coming?',
    examples: [
      'I can’t sleep and keep checking their profile',
      'I stop eating properly',
      'I replay old messages',
      'I want to be alone all the time',
    ],
  },
  {
    key: 'ownCoping',
    title: 'Things I can do on my own',
    question: 'What helps you feel even a little calmer, by yourself?',
    examples: [
      'A hot shower',
      'A walk around the block',
      'Music that calms me',
      'Slow breathing for two minutes',
      'Writing it all down here',
    ],
  },
  {
    key: 'distractions',
    title: 'People and places that take my mind off it',
    question: 'Where can you go, or who can you be around, to think of something else?',
    examples: ['A café with people around', 'The gym', 'A friend’s place', 'My family’s home'],
  },
  {
    key: 'helpers',
    title: 'People I can ask for help',
    question: 'Who could you tell that you are having a hard time?',
    examples: ['My sister', 'My best friend', 'A colleague I trust'],
  },
  {
    key: 'professionals',
    title: 'Professionals and lines I can call',
    question: 'Which doctor, therapist or helpline could you call?',
    examples: ['My GP or doctor', 'My therapist', 'The helpline on this page'],
  },
  {
    key: 'saferSurroundings',
    title: 'Making my surroundings safer',
    question: 'What could you put out of reach, or away for a while, when it gets bad?',
    examples: [
      'Give my medicines to someone to keep',
      'No alcohol when I feel like this',
      'Put their photos away',
      'Stay somewhere with other people',
    ],
  },
] as const

export type SafetyPlanPart = (typeof SAFETY_PLAN_PARTS)[number]['key']

/** Generous for a plan that is read in a hard moment; anything longer is a journal entry. */
export const MAX_PLAN_PART_LENGTH = 5_000

export function validatePlanPart(text: string): string | null {
  if (text.length > MAX_PLAN_PART_LENGTH) {
    return `This part is ${(text.length - MAX_PLAN_PART_LENGTH).toLocaleString('en')} characters longer than Steady keeps (up to ${MAX_PLAN_PART_LENGTH.toLocaleString('en')}). A shorter version is easier to read in a hard moment.`
  }
  return null
}

/**
 * Adds a picked example to what is written, on a line of its own; nothing changes when that line is
 * already there.
 */
export function addExample(text: string, example: string): string {
  const lines = text.split('\n').map((line) => line.trim())
  if (lines.includes(example)) return text
  if (text.trim() === '') return example
  return `${text.replace(/\s+$/, '')}\n${example}`
}

/** Whether anything at all is written in the plan. */
export function hasPlan(plan: Partial<Record<SafetyPlanPart, string>> | null | undefined): boolean {
  return !!plan && SAFETY_PLAN_PARTS.some((part) => (plan[part.key] ?? '').trim() !== '')
}
