import type { Direction, Instant } from '@/db/types'
import { formatLongDate } from '@/lib/dates'
import { plural } from '@/lib/plural'

/**
 * What the journey map knows about each step: counts and flags, read by count or index from each
 * step's own tables (src/app/journey-progress.ts), never whole histories.
 */
export interface JourneyProgress {
  assessment: { finished: number; inProgress: boolean; direction: Direction | null }
  introspection: { finished: number; inProgress: boolean; commitments: number }
  /** When the running no-contact count began; null when none runs. */
  noContact: { since: Instant | null }
  habits: number
  outings: { planned: number; done: number }
  posts: number
}

export type StepId = 'assess' | 'introspect' | 'space' | 'self' | 'live' | 'post'

export interface JourneyStep {
  id: StepId
  title: string
  /** What the step is for, in one line. */
  purpose: string
  to: string
}

/** The article's steps, in order, as a path. */
export const JOURNEY_STEPS: readonly JourneyStep[] = [
  {
    id: 'assess',
    title: 'Where you stand',
    purpose: 'Is it worth another try? A few honest questions.',
    to: '/journey/assess',
  },
  {
    id: 'introspect',
    title: 'Why it ended',
    purpose: 'The reasons, your part, and what you want to change.',
    to: '/journey/introspect',
  },
  {
    id: 'space',
    title: 'Give space',
    purpose: 'Days without contact, and help when you want to reach out.',
    to: '/journey/no-contact',
  },
  {
    id: 'self',
    title: 'Focus on yourself',
    purpose: 'Small habits that look after you.',
    to: '/journey/habits',
  },
  {
    id: 'live',
    title: 'Live your life',
    purpose: 'Time with friends and family, planned and remembered.',
    to: '/journey/outings',
  },
  {
    id: 'post',
    title: 'Post with intent',
    purpose: 'A pause before sharing, and an eye on the pace.',
    to: '/journey/posting',
  },
]

const DIRECTION_WORDS: Record<Direction, string> = {
  'try-again': 'one more honest try',
  'let-go': 'letting go and healing',
}

/** What the person has done in a step, in a few words; null when nothing yet. */
export function describeStepDone(id: StepId, progress: JourneyProgress, now: Date): string | null {
  switch (id) {
    case 'assess': {
      const { finished, inProgress, direction } = progress.assessment
      if (direction) return `Your direction: ${DIRECTION_WORDS[direction]}`
      if (finished > 0) return 'Done'
      return inProgress ? 'Started: pick up where you left off' : null
    }
    case 'introspect': {
      const { finished, inProgress, commitments } = progress.introspection
      const plan = commitments > 0 ? ` · ${plural(commitments, 'step')} in your plan` : ''
      if (finished > 0) return `Done ${finished === 1 ? 'once' : `${finished} times`}${plan}`
      return inProgress ? `Started: pick up where you left off${plan}` : plan ? plan.slice(3) : null
    }
    case 'space': {
      const since = progress.noContact.since
      return since ? `Counting since ${formatLongDate(new Date(since), now)}` : null
    }
    case 'self':
      return progress.habits > 0 ? `${plural(progress.habits, 'habit')} on the go` : null
    case 'live': {
      const { planned, done } = progress.outings
      if (planned + done === 0) return null
      return [done > 0 ? `${done} done` : null, planned > 0 ? `${planned} planned` : null]
        .filter(Boolean)
        .join(' · ')
    }
    case 'post':
      return progress.posts > 0 ? `${plural(progress.posts, 'post')} logged` : null
  }
}

export interface NextStep {
  /** The step it belongs to; null when every step has something in it. */
  step: StepId | null
  title: string
  text: string
  /** Where the one thing to do is. */
  to: string
  action: string
}

/**
 * The one next thing to do: the first step, in the article's order, with nothing of the person's
 * in it yet (something started comes first). Posting is offered last, and as optional.
 */
export function getNextStep(progress: JourneyProgress): NextStep {
  const { assessment, introspection } = progress
  if (assessment.inProgress && assessment.finished === 0) {
    return {
      step: 'assess',
      title: 'Finish your honest look',
      text: 'Your answers so far are kept. Pick up where you left off.',
      to: '/journey/assess',
      action: 'Carry on',
    }
  }
  if (assessment.finished === 0) {
    return {
      step: 'assess',
      title: 'Start with an honest look',
      text: 'A few questions about whether it’s worth another try. There are no wrong answers.',
      to: '/journey/assess',
      action: 'Begin',
    }
  }
  if (introspection.finished === 0) {
    return {
      step: 'introspect',
      title: introspection.inProgress ? 'Carry on with why it ended' : 'Look at why it ended',
      text: introspection.inProgress
        ? 'Your answers so far are kept. Pick up where you left off.'
        : 'One question at a time: the reasons, your part, and what you’d change.',
      to: '/journey/introspect',
      action: introspection.inProgress ? 'Carry on' : 'Begin',
    }
  }
  if (progress.noContact.since === null) {
    return {
      step: 'space',
      title: 'Give yourself some space',
      text: 'Start counting the days without contact. A slip never wipes out what you’ve done.',
      to: '/journey/no-contact',
      action: 'Start counting',
    }
  }
  if (progress.habits === 0) {
    return {
      step: 'self',
      title: 'Pick one small habit',
      text: 'A walk, sleep, a hobby: one thing that looks after you.',
      to: '/journey/habits',
      action: 'Choose a habit',
    }
  }
  if (progress.outings.planned + progress.outings.done === 0) {
    return {
      step: 'live',
      title: 'Plan time with someone',
      text: 'A friends’ night, a film, dinner with family. Something small counts.',
      to: '/journey/outings/new',
      action: 'Plan an outing',
    }
  }
  if (introspection.commitments === 0) {
    return {
      step: 'introspect',
      title: 'Turn what you learned into a plan',
      text: '“If…, then I will…”: one small, concrete step.',
      to: '/journey/plan',
      action: 'Make a plan',
    }
  }
  if (progress.posts === 0) {
    return {
      step: 'post',
      title: 'Before you next post, pause',
      text: 'Optional: if you feel like sharing something, a short pause helps it be for you.',
      to: '/journey/posting',
      action: 'See how',
    }
  }
  return {
    step: null,
    title: 'Every step has something of yours in it',
    text: 'Come back to any of them whenever it helps. Your well-being comes first.',
    to: '/journey',
    action: 'See your journey',
  }
}

/**
 * The step the person is on: the one the next thing to do belongs to. The one source for the whole
 * app: the map's next step, Today's suggestion and the journal's questions all follow it. Null when
 * every step has something in it.
 */
export function getCurrentStep(progress: JourneyProgress): StepId | null {
  return getNextStep(progress).step
}
