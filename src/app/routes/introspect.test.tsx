import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { buildAssessment, buildIntrospection } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const LONG = `${'שלום 🌊 I went quiet when things got hard. '.repeat(300)}<script>alert(1)</script>`

async function inProgress() {
  return (await db.introspections.toArray()).find((row) => row.completedAt === null)
}

test('the whole introspection: one question per screen, each answer saved as it changes, the thought record skippable', async () => {
  await seedWelcomed({ exName: 'Robin' })
  await db.assessments.add(buildAssessment({ chosen: 'let-go' }))
  const { user } = renderApp('/journey/introspect')
  await user.click(await screen.findByRole('button', { name: 'Start' }))

  expect(await screen.findByText('Question 1 of 14')).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Why did it end?' })).toBeInTheDocument()
  await user.click(screen.getByRole('checkbox', { name: 'Distance between us' }))
  await user.click(screen.getByRole('checkbox', { name: 'Talking to each other faded' }))
  await user.click(screen.getByLabelText('In your own words'))
  await user.paste('We wanted different cities 🏙️')
  await waitFor(async () =>
    expect(await inProgress()).toMatchObject({
      reasons: ['distance', 'communication'],
      ownReason: 'We wanted different cities 🏙️',
    }),
  )
  await user.click(screen.getByRole('button', { name: 'Next' }))

  expect(
    await screen.findByRole('heading', { name: 'What do you see as your part in it?' }),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('textbox', { name: 'What do you see as your part in it?' }))
  await user.paste(LONG)
  await waitFor(async () => expect((await inProgress())?.myPart).toBe(LONG))
  await user.click(screen.getByRole('button', { name: 'Next' }))
  expect(
    await screen.findByRole('heading', { name: 'What do you see as Robin’s part?' }),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await screen.findByRole('heading', { name: 'What set off the end?' })
  await user.click(screen.getByRole('button', { name: 'Next' }))
  // The direction chosen in step 0 shapes the words.
  await screen.findByRole('heading', {
    name: 'What do you want to change in yourself, whatever happens?',
  })
  expect(screen.getByText('Something to take with you into what comes next.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Next' }))

  await screen.findByRole('heading', { name: 'What matters most to you?' })
  for (const value of ['Kindness', 'Health', 'Family', 'Adventure'])
    await user.click(screen.getByRole('checkbox', { name: value }))
  await user.type(screen.getByLabelText('Add your own'), 'Being near the sea{Enter}')
  expect(await screen.findByRole('checkbox', { name: 'Being near the sea' })).toBeChecked()
  expect(screen.getByText('5 of 5 chosen')).toBeInTheDocument()
  await user.click(screen.getByRole('checkbox', { name: 'Honesty' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('You have five already. Take one away')
  expect(screen.getByRole('checkbox', { name: 'Honesty' })).not.toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Next' }))

  await screen.findByText('Question 7 of 14')
  await user.click(screen.getByRole('button', { name: 'Skip the thought record and finish' }))

  expect(await screen.findByRole('heading', { name: 'Your answers' })).toBeInTheDocument()
  expect(screen.getByText(/Distance between us\s+Talking to each other faded/)).toBeInTheDocument()
  expect(
    screen.getByText('Kindness, Health, Family, Adventure, Being near the sea'),
  ).toBeInTheDocument()
  // Script text is shown as text.
  expect(
    screen.getByText((content) => content.includes('<script>alert(1)</script>')),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Make your action plan' })).toHaveAttribute(
    'href',
    '/journey/plan',
  )
  const [row] = await db.introspections.toArray()
  expect(row?.completedAt).not.toBeNull()
  expect(row?.myPart).toBe(LONG)
  // A walk through every screen: generous, since the suite shares two cores with other work.
}, 60_000)

test('the thought record: ratings from 0 to 100, a wrong one explained, nothing lost', async () => {
  await seedWelcomed()
  const run = buildIntrospection({ step: 8, completedAt: null })
  run.thought = { ...run.thought, belief: null }
  await db.introspections.add(run)
  const { user } = renderApp('/journey/introspect')
  const field = await screen.findByLabelText('From 0 to 100')
  await user.type(field, '140')
  expect(await screen.findByRole('alert')).toHaveTextContent('Choose a whole number from 0 to 100.')
  expect(field).toHaveValue('140')
  await user.clear(field)
  await user.type(field, '70')
  await waitFor(async () => expect((await db.introspections.get(run.id))?.thought.belief).toBe(70))
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('an interrupted introspection resumes on its screen with the words in place, and follows another tab', async () => {
  await seedWelcomed()
  const run = buildIntrospection({ step: 3, completedAt: null, trigger: 'The move 🚚' })
  await db.introspections.add(run)
  const first = renderApp('/journey/introspect')
  expect(await screen.findByText('Question 4 of 14')).toBeInTheDocument()
  await waitFor(() =>
    expect(screen.getByRole('textbox', { name: 'What set off the end?' })).toHaveValue(
      'The move 🚚',
    ),
  )
  first.unmount()

  // A reload: the same screen, the same words.
  renderApp('/journey/introspect')
  const field = await screen.findByRole('textbox', { name: 'What set off the end?' })
  await waitFor(() => expect(field).toHaveValue('The move 🚚'))
  // Another tab types in the same answer: this tab, with nothing unsaved, follows.
  await db.introspections.update(run.id, { trigger: 'The move, and the winter' })
  await waitFor(() => expect(field).toHaveValue('The move, and the winter'))
})

test('retake, then compare two chosen runs side by side', async () => {
  await seedWelcomed()
  await db.introspections.bulkAdd([
    buildIntrospection({
      id: 'r1',
      createdAt: '2026-09-01T10:00:00.000Z',
      completedAt: '2026-09-01T10:30:00.000Z',
      myPart: 'All of it',
      values: ['Family'],
    }),
    buildIntrospection({
      id: 'r2',
      createdAt: '2026-10-01T10:00:00.000Z',
      completedAt: '2026-10-01T10:30:00.000Z',
      myPart: 'Some of it',
      values: ['Family'],
    }),
    buildIntrospection({
      id: 'r3',
      createdAt: '2026-11-20T10:00:00.000Z',
      completedAt: '2026-11-20T10:30:00.000Z',
      myPart: 'My share, not all of it',
      values: ['Family', 'Rest'],
    }),
  ])
  const { user } = renderApp('/journey/introspect')
  await user.click(await screen.findByRole('link', { name: 'Compare two' }))
  await screen.findByRole('heading', { name: 'What changed in how I see it' })
  const part = (await screen.findByText('What do you see as your part in it?')).closest('div')!
  expect(within(part).getByText('Some of it')).toBeInTheDocument()
  expect(within(part).getByText('My share, not all of it')).toBeInTheDocument()

  await user.selectOptions(screen.getByLabelText('Earlier'), 'r1')
  expect(await within(part).findByText('All of it')).toBeInTheDocument()
  expect(within(part).queryByText('Some of it')).not.toBeInTheDocument()
})
