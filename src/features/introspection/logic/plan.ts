import type { PlanCadence } from '@/db/types'

export const CADENCE_LABELS: Record<PlanCadence, string> = {
  none: 'When it comes up',
  daily: 'Every day',
  'few-times-a-week': 'A few times a week',
  weekly: 'Every week',
  'every-two-weeks': 'Every two weeks',
  monthly: 'Every month',
}

export const MAX_PLAN_TEXT = 2_000

export interface CommitmentInput {
  situation: string
  action: string
  cadence: PlanCadence
  value: string | null
}

export interface PlanProblems {
  situation?: string
  action?: string
}

/** What is missing or too long in a commitment, in words that say how to fix it. */
export function validateCommitment(input: CommitmentInput): PlanProblems | null {
  const problems: PlanProblems = {}
  if (input.situation.trim() === '')
    problems.situation =
      'Say when it applies, after “If”: for example “I feel the urge to text them”.'
  else if (input.situation.length > MAX_PLAN_TEXT)
    problems.situation = `Please keep this to ${MAX_PLAN_TEXT.toLocaleString('en')} characters; longer thoughts fit in the journal.`
  if (input.action.trim() === '')
    problems.action =
      'Say what you will do, after “then I will”: one small, concrete step, like “go for a walk”.'
  else if (input.action.length > MAX_PLAN_TEXT)
    problems.action = `Please keep this to ${MAX_PLAN_TEXT.toLocaleString('en')} characters; longer thoughts fit in the journal.`
  return problems.situation || problems.action ? problems : null
}

/**
 * Plans that keep the person watching or chasing the ex: checking their profile, waiting where they
 * will be, posting to make them jealous. Matched loosely on purpose; the note that follows is gentle
 * and never blocks saving.
 */
const WATCHING_OR_CHASING = [
  /\b(check|checking|look at|looking at|watch|watching|scroll|scrolling|stalk\w*|see|view|viewing)\b.{0,40}\b(profile|stories|story|posts|feed|instagram|insta|facebook|tiktok|snapchat|last seen|online status|socials?)\b/iu,
  /\bstalk\w*/iu,
  /\bjealous\w*/iu,
  /\b(wait|waiting|hang around|hanging around|turn up|show up|showing up|bump into|run into|drive by|driving past|walk past)\b.{0,40}\b(where (they|he|she|my ex)|outside (their|his|her)|(their|his|her|my ex['’]?s?) (place|house|flat|home|work|office|gym|street))\b/iu,
  /\b(so|until|till) (they|he|she|my ex) (notices?|sees?|misses? me|comes? back|reaches? out|texts? (me|first))\b/iu,
  /\b(make|making) (them|him|her|my ex) (miss|want|notice|regret)\b/iu,
]

export function keepsWatchingOrChasing(
  input: Pick<CommitmentInput, 'situation' | 'action'>,
): boolean {
  const text = `${input.situation}\n${input.action}`
  return WATCHING_OR_CHASING.some((pattern) => pattern.test(text))
}

/** The gentle note shown beside such a plan. */
export const WATCHING_NOTE =
  'This one keeps your attention on your ex. Checking on them, waiting where they will be, or posting for them to see tends to keep the hurt going, because each look reopens it. You can keep it, or turn it towards something that is for you.'

/** The link that turns a commitment into a self-care habit, prefilled. */
export function habitLinkFor(commitment: { id: string; action: string }): string {
  return `/journey/habits/new?name=${encodeURIComponent(commitment.action.trim())}&from=plan:${encodeURIComponent(commitment.id)}`
}
