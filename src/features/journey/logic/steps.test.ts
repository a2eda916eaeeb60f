import { expect, test } from 'vitest'
import { describeStepDone, getNextStep, JOURNEY_STEPS, type JourneyProgress } from './steps'

const NOTHING: JourneyProgress = {
  assessment: { finished: 0, inProgress: false, direction: null },
  introspection: { finished: 0, inProgress: false, commitments: 0 },
  noContact: { since: null },
  habits: 0,
  outings: { planned: 0, done: 0 },
  posts: 0,
}
const ASSESSED = { finished: 1, inProgress: false, direction: 'let-go' } as const
const INTROSPECTED = { finished: 1, inProgress: false, commitments: 0 }
const SINCE = { since: '2026-11-10T09:00:00.000Z' }

test.each<[string, Partial<JourneyProgress>, string | null, string]>([
  ['a new person starts with an honest look', {}, 'assess', '/journey/assess'],
  [
    'an assessment under way comes first',
    { assessment: { finished: 0, inProgress: true, direction: null } },
    'assess',
    '/journey/assess',
  ],
  [
    'after the assessment, why it ended',
    { assessment: ASSESSED },
    'introspect',
    '/journey/introspect',
  ],
  [
    'a new assessment under way after a finished one does not hold the path up',
    { assessment: { ...ASSESSED, inProgress: true } },
    'introspect',
    '/journey/introspect',
  ],
  [
    'then space',
    { assessment: ASSESSED, introspection: INTROSPECTED },
    'space',
    '/journey/no-contact',
  ],
  [
    'then one habit',
    { assessment: ASSESSED, introspection: INTROSPECTED, noContact: SINCE },
    'self',
    '/journey/habits',
  ],
  [
    'then an outing',
    { assessment: ASSESSED, introspection: INTROSPECTED, noContact: SINCE, habits: 2 },
    'live',
    '/journey/outings/new',
  ],
  [
    'then the plan, if it has no step yet',
    {
      assessment: ASSESSED,
      introspection: INTROSPECTED,
      noContact: SINCE,
      habits: 2,
      outings: { planned: 1, done: 0 },
    },
    'introspect',
    '/journey/plan',
  ],
  [
    'posting comes last, offered as optional',
    {
      assessment: ASSESSED,
      introspection: { ...INTROSPECTED, commitments: 1 },
      noContact: SINCE,
      habits: 2,
      outings: { planned: 0, done: 3 },
    },
    'post',
    '/journey/posting',
  ],
  [
    'with something in every step, no step is pushed',
    {
      assessment: ASSESSED,
      introspection: { ...INTROSPECTED, commitments: 1 },
      noContact: SINCE,
      habits: 2,
      outings: { planned: 0, done: 3 },
      posts: 4,
    },
    null,
    '/journey',
  ],
])('%s', (_, changes, step, to) => {
  const next = getNextStep({ ...NOTHING, ...changes })
  expect(next.step).toBe(step)
  expect(next.to).toBe(to)
  expect(`${next.title} ${next.text}`).not.toMatch(/fail|should|must/i)
})

test('what was done in each step, in a few words; nothing yet is null', () => {
  const now = new Date(2026, 10, 26, 20)
  expect(JOURNEY_STEPS.map((step) => describeStepDone(step.id, NOTHING, now))).toEqual([
    null,
    null,
    null,
    null,
    null,
    null,
  ])
  const some: JourneyProgress = {
    assessment: ASSESSED,
    introspection: { finished: 2, inProgress: false, commitments: 3 },
    noContact: SINCE,
    habits: 1,
    outings: { planned: 2, done: 1 },
    posts: 1,
  }
  expect(JOURNEY_STEPS.map((step) => describeStepDone(step.id, some, now))).toEqual([
    'Your direction: letting go and healing',
    'Done 2 times · 3 steps in your plan',
    'Counting since Tuesday 10 November',
    '1 habit on the go',
    '1 done · 2 planned',
    '1 post logged',
  ])
  expect(
    describeStepDone(
      'introspect',
      { ...NOTHING, introspection: { finished: 0, inProgress: true, commitments: 0 } },
      now,
    ),
  ).toBe('Started: pick up where you left off')
})

test('the path has the six steps in the article’s order, each once', () => {
  expect(JOURNEY_STEPS.map((step) => step.id)).toEqual([
    'assess',
    'introspect',
    'space',
    'self',
    'live',
    'post',
  ])
})
