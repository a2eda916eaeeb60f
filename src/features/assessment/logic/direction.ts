import type { Assessment, AssessmentItemId, Direction, SafetyAnswer, ScaleAnswer } from '@/db/types'
import { capitalise, type ExWords } from '@/lib/pronouns'

export type DirectionInput = Pick<Assessment, 'answers' | 'notes' | 'safety'>

/** Why the answers point the way they do. Kinds of reason, never a score. */
export type DirectionReason =
  | 'safety-answer'
  | 'safety-note'
  | 'stuck'
  | 'not-happy'
  | 'not-fixable'
  | 'no-forgiveness'
  | 'one-sided'
  | 'low-satisfaction'
  | 'too-few-answers'
  | 'mixed'
  | 'commitment-alone'
  | 'good-alternatives'
  | 'alone-is-hard'
  | 'fixable-and-happy'
  | 'both-willing'

export interface DirectionResult {
  direction: Direction
  /** Most important first. */
  reasons: DirectionReason[]
  /** Fear, harm or control came up: Get help now belongs beside the result. */
  safety: boolean
  /** Much invested, little satisfaction. */
  stuck: boolean
}

const UNSAFE_ANSWERS: readonly SafetyAnswer[] = ['yes', 'sometimes']

/**
 * Words in a note that speak of fear, harm or control. Broad on purpose: showing support to someone
 * who did not need it costs little; missing someone who did costs a great deal. "Hurt" alone is left
 * out, since nearly everyone after a breakup writes that they are hurt.
 */
const FEAR_HARM_CONTROL =
  /\b(afraid|scared|frightened|frightening|terrified|fear(ed|ful)?|threat(en|ened|ening|ens|s)?|unsafe|in danger|hit(s|ting)? me|hurt(s)? me physically|push(ed|es)? me|shov(e|ed)|chok(e|ed|ing)|strangl\w*|slap(ped|s)?|punch(ed|es)?|kick(ed|s)? me|abus\w*|violen\w*|controll(ing|ed)|control(s|led)? (me|my|what i|who i|where i)|isolat(ed|ing) me|(wouldn[’']?t|won[’']?t|didn[’']?t|never) let me|check(ed|s)? my phone|track(ed|s)? (me|my)|forc(ed|es) me)\b/iu

/** Whether a piece of text speaks of fear, harm or control. */
export function mentionsFearHarmOrControl(text: string): boolean {
  return FEAR_HARM_CONTROL.test(text)
}

function low(value: ScaleAnswer | undefined): boolean {
  return value !== undefined && value <= 2
}

function high(value: ScaleAnswer | undefined): boolean {
  return value !== undefined && value >= 4
}

/**
 * Where the answers point. Rules, in order:
 * - fear, harm or control (the safety answer or any note) always points to letting go;
 * - much invested with little satisfaction is being stuck, never by itself a reason to try again;
 * - another try needs all three of: it feels mendable, you would truly be happy, and the ex would
 *   put in the work too; and nothing that weighs against it (no forgiveness, little satisfaction);
 * - anything less points to letting go, saying why, kindly.
 */
export function decideDirection(input: DirectionInput): DirectionResult {
  const a = input.answers
  const reasons: DirectionReason[] = []
  const safetyAnswer = input.safety !== null && UNSAFE_ANSWERS.includes(input.safety)
  const safetyNote = Object.values(input.notes).some(
    (note) => typeof note === 'string' && mentionsFearHarmOrControl(note),
  )
  if (safetyAnswer) reasons.push('safety-answer')
  else if (safetyNote) reasons.push('safety-note')
  const safety = safetyAnswer || safetyNote

  const stuck = high(a.invested) && low(a.satisfied)
  if (stuck) reasons.push('stuck')

  const against: [AssessmentItemId, DirectionReason][] = [
    ['happy', 'not-happy'],
    ['fixable', 'not-fixable'],
    ['effort', 'one-sided'],
    ['forgives', 'no-forgiveness'],
  ]
  for (const [item, reason] of against) if (low(a[item])) reasons.push(reason)
  if (low(a.satisfied) && !stuck) reasons.push('low-satisfaction')

  const core: AssessmentItemId[] = ['fixable', 'happy', 'effort']
  const coreStrong = core.every((item) => high(a[item]))
  const blocked = reasons.length > 0

  if (!blocked && coreStrong) {
    return {
      direction: 'try-again',
      reasons: ['fixable-and-happy', 'both-willing'],
      safety: false,
      stuck: false,
    }
  }

  if (!blocked) {
    reasons.push(core.some((item) => a[item] === undefined) ? 'too-few-answers' : 'mixed')
  }
  if (!safety && high(a.committed)) reasons.push('commitment-alone')
  if (high(a.alternatives)) reasons.push('good-alternatives')
  else if (low(a.alternatives)) reasons.push('alone-is-hard')
  return { direction: 'let-go', reasons, safety, stuck }
}

const SENTENCES: Record<DirectionReason, (ex: ExWords) => string> = {
  'safety-answer': () =>
    'You said you have felt afraid, hurt or controlled. When that is part of a relationship, your safety comes before mending it, so this points to letting go. Get help now is there for you at any time.',
  'safety-note': () =>
    'Something you wrote speaks of fear, harm or control. When that is part of a relationship, your safety comes before mending it, so this points to letting go. Get help now is there for you at any time.',
  stuck: () =>
    'You gave a lot to this, and much of the time it didn’t feel good. What you invested can make leaving feel like losing everything, but that is the feeling of being stuck, not a reason to go back.',
  'not-happy': (ex) =>
    `You’re not sure you would truly be happy with ${ex.name} again, and that matters more than missing ${ex.object}.`,
  'not-fixable': () => 'What broke doesn’t feel mendable to you right now.',
  'one-sided': (ex) =>
    `Mending it would need ${ex.name} to put in as much as you, and you don’t expect that.`,
  'no-forgiveness': (ex) =>
    `You don’t see ${ex.name} as someone who forgives, and a new start needs that from both of you.`,
  'low-satisfaction': () => 'Much of the time, the relationship didn’t give you what you needed.',
  'too-few-answers': () =>
    'Some of the key questions were skipped, so there isn’t enough here to point towards another try. You can answer them any time, or choose for yourself below.',
  mixed: () =>
    'Your answers are mixed. Another honest try tends to work when it feels mendable, you would truly be happy, and you would both put in the work.',
  'commitment-alone': (ex) =>
    `Still wanting ${ex.name} is real, and it hurts. On its own, it isn’t a reason to try again.`,
  'good-alternatives': () =>
    'You can picture a good life on other paths, and that is something to build on.',
  'alone-is-hard': (ex) =>
    `If a life without ${ex.name} is hard to picture right now, that is common early on, and it tends to change.`,
  'fixable-and-happy': () =>
    'You believe what broke can be mended, and that you would truly be happy together.',
  'both-willing': (ex) =>
    `You expect ${ex.name} to put in the work as much as you would. Whatever happens, looking after yourself still comes first.`,
}

/** Two or three kind sentences on why the answers point the way they do. */
export function explainDirection(result: DirectionResult, ex: ExWords): string[] {
  return result.reasons.slice(0, 3).map((reason) => capitalise(SENTENCES[reason](ex)))
}

export const DIRECTION_LABELS: Record<Direction, string> = {
  'try-again': 'Give it one more honest try',
  'let-go': 'Let go and heal',
}
