import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
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

const NOW = new Date(2026, 10, 26, 20, 0)

function freezeDate() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
}

async function seedThroughOutings() {
  await db.assessments.add(buildAssessment({ chosen: 'let-go' }))
  await db.introspections.add(buildIntrospection())
  await db.noContactPlans.add(
    buildNoContactPlan({ mode: 'no-contact', startAt: new Date(2026, 10, 10).toISOString() }),
  )
  await db.habits.add(buildHabit())
  await db.outings.add(buildOuting({ status: 'done' }))
}

test('a new person sees the six steps as a path, nothing done yet, and where to begin', async () => {
  freezeDate()
  await seedWelcomed()
  renderApp('/journey')
  const path = await screen.findByRole('list', { name: 'The path' })
  const rows = within(path).getAllByRole('link')
  expect(rows.map((row) => row.getAttribute('href'))).toEqual([
    '/journey/assess',
    '/journey/introspect',
    '/journey/no-contact',
    '/journey/habits',
    '/journey/outings',
    '/journey/posting',
  ])
  expect(rows[0]).toHaveTextContent('Is it worth another try? A few honest questions.Not yet')
  expect(rows[5]).toHaveTextContent(/Optional$/)
  expect(screen.getByRole('heading', { name: 'Start with an honest look' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Begin' })).toHaveAttribute('href', '/journey/assess')
  // No duplicate cards: each step's screen is linked once from the path.
  const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'))
  expect(links.filter((href) => href === '/journey/no-contact')).toHaveLength(1)
})

test('after the assessment the next step is why it ended, and the path shows the direction', async () => {
  freezeDate()
  await seedWelcomed()
  await db.assessments.add(buildAssessment({ chosen: 'let-go' }))
  await db.introspections.add(buildIntrospection({ completedAt: null }))
  renderApp('/journey')
  expect(
    await screen.findByRole('heading', { name: 'Carry on with why it ended' }),
  ).toBeInTheDocument()
  const path = screen.getByRole('list', { name: 'The path' })
  expect(within(path).getByRole('link', { name: /^Where you stand/ })).toHaveTextContent(
    'Your direction: letting go and healing',
  )
  expect(within(path).getByRole('link', { name: /^Why it ended/ })).toHaveTextContent(
    'Started: pick up where you left off',
  )
})

test('with every step begun but the plan, the plan is next; what was done shows by each step', async () => {
  freezeDate()
  await seedWelcomed()
  await seedThroughOutings()
  await db.posts.add(buildPost())
  renderApp('/journey')
  expect(
    await screen.findByRole('heading', { name: 'Turn what you learned into a plan' }),
  ).toBeInTheDocument()
  const path = screen.getByRole('list', { name: 'The path' })
  expect(within(path).getByRole('link', { name: /^Give space/ })).toHaveTextContent(
    'Counting since Tuesday 10 November',
  )
  expect(within(path).getByRole('link', { name: /^Focus on yourself/ })).toHaveTextContent(
    '1 habit on the go',
  )
  expect(within(path).getByRole('link', { name: /^Live your life/ })).toHaveTextContent('1 done')
  expect(within(path).getByRole('link', { name: /^Post with intent/ })).toHaveTextContent(
    '1 post logged',
  )
})

test('with something in every step, nothing is pushed', async () => {
  freezeDate()
  await seedWelcomed()
  await seedThroughOutings()
  await db.planCommitments.add(buildPlanCommitment())
  await db.posts.add(buildPost())
  renderApp('/journey')
  expect(
    await screen.findByRole('heading', { name: 'Every step has something of yours in it' }),
  ).toBeInTheDocument()
})

test('Today shows one suggestion from the journey, and none where Today already invites the step', async () => {
  freezeDate()
  await seedWelcomed()
  await db.assessments.add(buildAssessment({ chosen: 'try-again' }))
  const first = renderApp('/')
  const card = await screen.findByRole('region', { name: 'Look at why it ended' })
  expect(within(card).getByText('From your journey')).toBeInTheDocument()
  expect(within(card).getByRole('link', { name: 'Begin' })).toHaveAttribute(
    'href',
    '/journey/introspect',
  )
  first.unmount()

  // The no-contact step is next: Today's own no-contact card invites it, so no second card.
  await db.introspections.add(buildIntrospection())
  renderApp('/')
  expect(await screen.findByRole('heading', { name: 'Give yourself space' })).toBeInTheDocument()
  expect(screen.getAllByRole('heading', { name: 'Give yourself space' })).toHaveLength(1)
  expect(screen.queryByText('From your journey')).not.toBeInTheDocument()
})
