// One current step for the whole app: for each state of someone's journey, the map's next step,
// Today's suggestion and Today's question all follow the same step.
import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import type { Direction } from '@/db/types'
import { getPrompt, getPromptPool, type JourneyStep } from '@/features/journal/logic/prompts'
import { getExWords } from '@/lib/pronouns'
import {
  buildAssessment,
  buildHabit,
  buildIntrospection,
  buildNoContactPlan,
  buildOuting,
  buildPlanCommitment,
  buildPost,
} from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const TODAY = '2026-11-26'
const ex = getExWords({
  exName: '',
  pronouns: 'they',
  customPronouns: { subject: '', object: '', possessive: '' },
})

interface State {
  name: string
  seed: () => Promise<unknown>
  direction: Direction | null
  step: JourneyStep | null
  /** The next step's title on the map. */
  title: string
  /** Today shows the suggestion only for steps without a card of their own there. */
  suggestedOnToday: boolean
}

const assessed = () => db.assessments.add(buildAssessment({ chosen: 'let-go' }))
const counting = () =>
  db.noContactPlans.add(
    buildNoContactPlan({ mode: 'no-contact', startAt: new Date(2026, 10, 10).toISOString() }),
  )

const STATES: State[] = [
  {
    name: 'nothing yet',
    seed: async () => {},
    direction: null,
    step: 'assess',
    title: 'Start with an honest look',
    suggestedOnToday: false,
  },
  {
    name: 'assessed',
    seed: assessed,
    direction: 'let-go',
    step: 'introspect',
    title: 'Look at why it ended',
    suggestedOnToday: true,
  },
  {
    // Steps taken out of order: habits before looking at why it ended. The map asks for the
    // introspection, and so do the questions (they used to jump ahead to the habits).
    name: 'assessed, a habit kept, no introspection',
    seed: async () => {
      await assessed()
      await db.habits.add(buildHabit())
      await counting()
    },
    direction: 'let-go',
    step: 'introspect',
    title: 'Look at why it ended',
    suggestedOnToday: true,
  },
  {
    name: 'introspected',
    seed: async () => {
      await db.assessments.add(buildAssessment({ chosen: 'try-again' }))
      await db.introspections.add(buildIntrospection())
    },
    direction: 'try-again',
    step: 'space',
    title: 'Give yourself some space',
    suggestedOnToday: false,
  },
  {
    name: 'counting days, no habit',
    seed: async () => {
      await assessed()
      await db.introspections.add(buildIntrospection())
      await counting()
    },
    direction: 'let-go',
    step: 'self',
    title: 'Pick one small habit',
    suggestedOnToday: false,
  },
  {
    name: 'a habit, no outing',
    seed: async () => {
      await assessed()
      await db.introspections.add(buildIntrospection())
      await counting()
      await db.habits.add(buildHabit())
    },
    direction: 'let-go',
    step: 'live',
    title: 'Plan time with someone',
    suggestedOnToday: false,
  },
  {
    name: 'everything but a post',
    seed: async () => {
      await assessed()
      await db.introspections.add(buildIntrospection())
      await counting()
      await db.habits.add(buildHabit())
      await db.outings.add(buildOuting({ status: 'done' }))
      await db.planCommitments.add(buildPlanCommitment())
    },
    direction: 'let-go',
    step: 'post',
    title: 'Before you next post, pause',
    suggestedOnToday: true,
  },
  {
    name: 'every step begun',
    seed: async () => {
      await assessed()
      await db.introspections.add(buildIntrospection())
      await counting()
      await db.habits.add(buildHabit())
      await db.outings.add(buildOuting({ status: 'done' }))
      await db.planCommitments.add(buildPlanCommitment())
      await db.posts.add(buildPost())
    },
    direction: 'let-go',
    step: null,
    title: 'Every step has something of yours in it',
    suggestedOnToday: false,
  },
]

test.each(STATES)(
  '$name: the map, Today’s suggestion and the question follow one step',
  async (state) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 26, 9, 0))
    // Today's place in the rotation lands on a question of the expected step (one for everyone
    // when every step is begun), so a question from any other step would show.
    const pool = getPromptPool({ direction: state.direction, step: state.step })
    const position = pool.findIndex((prompt) => prompt.step === (state.step ?? undefined))
    expect(position).toBeGreaterThanOrEqual(0)
    const memory = { day: TODAY, position }
    const question = getPrompt(TODAY, { direction: state.direction, step: state.step }, memory, ex)
    expect(pool[position]!.step).toBe(state.step ?? undefined)
    await seedWelcomed({ promptRotation: memory })
    await state.seed()

    const journey = renderApp('/journey')
    expect(await screen.findByRole('heading', { level: 2, name: state.title })).toBeInTheDocument()
    journey.unmount()

    renderApp('/')
    const card = await screen.findByRole('region', { name: 'A question for today' })
    expect(card.querySelector('.prompt-text')).toHaveTextContent(question.text)
    if (state.suggestedOnToday) {
      expect(await screen.findByRole('heading', { name: state.title })).toBeInTheDocument()
    } else {
      expect(screen.queryByRole('heading', { name: state.title })).not.toBeInTheDocument()
    }
  },
)
