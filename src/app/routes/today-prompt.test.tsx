import { screen, waitFor } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { getPromptPool, PROMPTS } from '@/features/journal/logic/prompts'
import { readSettings } from '@/hooks/use-settings'
import {
  buildAssessment,
  buildHabit,
  buildIntrospection,
  buildNoContactPlan,
} from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const TODAY = '2026-11-26'
const TEXT_LABEL = 'Write as much or as little as you like'

async function shownQuestion() {
  const card = await screen.findByRole('region', { name: 'A question for today' })
  return card.querySelector('.prompt-text')?.textContent ?? ''
}

function onDay() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 9, 0))
}

test('“Another question” moves on, a reload keeps it, and the entry keeps the question answered', async () => {
  onDay()
  await seedWelcomed()
  const first = renderApp('/')
  const question = await shownQuestion()
  await first.user.click(screen.getByRole('button', { name: 'Another question' }))
  await waitFor(async () => expect(await shownQuestion()).not.toBe(question))
  const another = await shownQuestion()
  expect((await readSettings()).promptRotation?.day).toBe(TODAY)
  first.unmount()

  // A reload shows the question moved on to, not the first one again.
  const { user } = renderApp('/')
  expect(await shownQuestion()).toBe(another)
  await user.click(screen.getByRole('button', { name: 'Write about this' }))
  await user.type(screen.getByLabelText(TEXT_LABEL), 'A walk by the river.')
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  await screen.findByRole('heading', { name: 'You checked in today' })
  expect((await db.entries.toArray())[0]).toMatchObject({ prompt: another })
})

test('the question follows the chosen direction and the step the person is in', async () => {
  onDay()
  // At "live your life" (looked back, counting days, a habit kept; no outing yet) after choosing to
  // let go: a let-go question is in turn. (journey-step.test.tsx follows the step through states.)
  const pool = getPromptPool({ direction: 'let-go', step: 'live' })
  const position = pool.findIndex((prompt) => prompt.id === 'yours-again')
  await seedWelcomed({ promptRotation: { day: TODAY, position } })
  await db.assessments.add(buildAssessment({ chosen: 'let-go' }))
  await db.introspections.add(buildIntrospection())
  await db.noContactPlans.add(buildNoContactPlan({ startAt: new Date(2026, 10, 10).toISOString() }))
  await db.habits.add(buildHabit())
  renderApp('/')
  expect(await shownQuestion()).toBe('Which part of your life feels like yours again?')
})

test('with no assessment yet, only questions for everyone and for the first step come up', async () => {
  onDay()
  const pool = getPromptPool({ direction: null, step: 'assess' })
  const allowed = new Set(pool.map((prompt) => prompt.id))
  const texts = new Map(PROMPTS.map((prompt) => [prompt.id, prompt]))
  await seedWelcomed({ exName: 'Robin', pronouns: 'they' })
  const { user } = renderApp('/')
  for (let i = 0; i < 5; i++) {
    const shown = await shownQuestion()
    const match = [...texts.values()].find(
      (prompt) =>
        prompt.ask({
          name: 'Robin',
          named: true,
          subject: 'they',
          object: 'them',
          possessive: 'their',
        }) === shown,
    )
    expect(match && allowed.has(match.id), shown).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Another question' }))
    await waitFor(async () => expect(await shownQuestion()).not.toBe(shown))
  }
})

test('when storage is full, “Another question” says so kindly and the question stays', async () => {
  onDay()
  await seedWelcomed()
  const { user } = renderApp('/')
  const question = await shownQuestion()
  vi.spyOn(db.settings, 'put').mockRejectedValueOnce(
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  )
  await user.click(screen.getByRole('button', { name: 'Another question' }))
  expect(await screen.findByText(/out of space/)).toHaveTextContent(/the question did not change/)
  expect(await shownQuestion()).toBe(question)
})
