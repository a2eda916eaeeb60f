import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { buildAssessment } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const NOTE = 'ערב קשה — a hard evening 🌧️\n'.repeat(400)

async function answer(user: ReturnType<typeof renderApp>['user'], label: string | null) {
  if (label) await user.click(screen.getByRole('radio', { name: new RegExp(label) }))
  await user.click(screen.getByRole('button', { name: /^(Next|See where this points)$/ }))
}

test('the whole assessment: skip some, answer the rest, note kept exactly, being stuck points to letting go, the person confirms', async () => {
  await seedWelcomed({ exName: 'Robin', pronouns: 'she' })
  const { user } = renderApp('/journey/assess')
  expect(await screen.findByText(/Missing Robin is real/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Start the questions' }))

  expect(await screen.findByText('Question 1 of 9')).toBeInTheDocument()
  expect(
    screen.getByRole('heading', { name: 'What broke between you could be mended.' }),
  ).toBeInTheDocument()
  await answer(user, 'Completely')
  // A question skipped.
  expect(
    await screen.findByRole('heading', {
      name: 'If you and Robin got back together, you would truly be happy.',
    }),
  ).toBeInTheDocument()
  const note = screen.getByLabelText('A note, if you like')
  await user.click(note)
  await user.paste(NOTE)
  await waitFor(async () => {
    const row = (await db.assessments.toArray())[0]
    expect(row?.notes.happy).toBe(NOTE)
  })
  await answer(user, null)
  await screen.findByText('Question 3 of 9')
  await answer(user, 'Mostly')
  await screen.findByText('Question 4 of 9')
  await answer(user, 'Mostly')
  await screen.findByText('Question 5 of 9')
  await answer(user, 'Not at all') // satisfied
  await screen.findByText('Question 6 of 9')
  await answer(user, null)
  await screen.findByText('Question 7 of 9')
  await answer(user, 'Completely') // invested
  await screen.findByText('Question 8 of 9')
  await answer(user, 'Completely') // committed
  expect(await screen.findByText('Question 9 of 9')).toBeInTheDocument()
  expect(
    screen.getByRole('heading', { name: /Have you ever felt afraid of Robin/ }),
  ).toBeInTheDocument()
  await answer(user, '^No$')

  const result = await screen.findByRole('region', { name: /Your answers point to/ })
  expect(within(result).getByRole('heading', { level: 2 })).toHaveTextContent(
    'Your answers point to: Let go and heal',
  )
  expect(within(result).getByText(/being stuck, not a reason to go back/)).toBeInTheDocument()
  expect(within(result).getByText(/Still wanting Robin is real/)).toBeInTheDocument()
  expect(result).not.toHaveTextContent(/score|fail|\d+ ?%/i)
  await user.click(within(result).getByRole('button', { name: 'Yes: let go and heal' }))
  expect(
    await screen.findByRole('heading', { name: 'Your direction: Let go and heal' }),
  ).toBeInTheDocument()
  const [row] = await db.assessments.toArray()
  expect(row).toMatchObject({ suggested: 'let-go', chosen: 'let-go', safety: 'no' })
  expect(row?.answers).toEqual({
    fixable: 5,
    forgives: 4,
    effort: 4,
    satisfied: 1,
    invested: 5,
    committed: 5,
  })
  expect(row?.notes.happy).toBe(NOTE)
  // A walk through every screen: generous, since the suite shares two cores with other work.
}, 60_000)

test('fear, harm or control points to letting go and to Get help now, and says why', async () => {
  await seedWelcomed()
  await db.assessments.add(
    buildAssessment({
      answers: { fixable: 5, happy: 5, forgives: 5, effort: 5, satisfied: 5 },
      notes: {},
      safety: 'sometimes',
      step: 8,
      completedAt: null,
      suggested: null,
      chosen: null,
    }),
  )
  const { user } = renderApp('/journey/assess')
  await user.click(await screen.findByRole('button', { name: 'See where this points' }))
  const result = await screen.findByRole('region', { name: /Your answers point to/ })
  expect(within(result).getByRole('heading', { level: 2 })).toHaveTextContent('Let go and heal')
  expect(within(result).getByRole('link', { name: 'Get help now' })).toHaveAttribute(
    'href',
    '/support',
  )
  expect(
    within(result).getByText(/you have felt afraid, hurt or controlled.*your safety comes before/),
  ).toBeInTheDocument()
})

test('an interrupted assessment resumes on the question it was left on, answers in place', async () => {
  await seedWelcomed()
  await db.assessments.add(
    buildAssessment({
      answers: { fixable: 2, happy: 3, forgives: 4, effort: 1 },
      notes: { effort: 'Only me, always 🙃' },
      safety: null,
      step: 3,
      completedAt: null,
      suggested: null,
      chosen: null,
    }),
  )
  const { user } = renderApp('/journey/assess')
  expect(await screen.findByText('Question 4 of 9')).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: /Not at all/ })).toBeChecked()
  expect(await screen.findByDisplayValue('Only me, always 🙃')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Back' }))
  expect(await screen.findByText('Question 3 of 9')).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: /Mostly/ })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Clear my answer' }))
  await waitFor(async () =>
    expect((await db.assessments.toArray())[0]?.answers.forgives).toBeUndefined(),
  )
})

test('a change from another tab shows here at once (the same row)', async () => {
  await seedWelcomed()
  const row = buildAssessment({
    step: 0,
    completedAt: null,
    chosen: null,
    suggested: null,
    answers: {},
    notes: {},
  })
  await db.assessments.add(row)
  renderApp('/journey/assess')
  await screen.findByText('Question 1 of 9')
  await db.assessments.update(row.id, { answers: { fixable: 4 }, step: 1 })
  expect(await screen.findByText('Question 2 of 9')).toBeInTheDocument()
})

test('past assessments are kept with their dates and shown side by side; the direction can be changed', async () => {
  await seedWelcomed({ exName: 'Sam' })
  await db.assessments.bulkAdd([
    buildAssessment({
      id: 'a1',
      createdAt: '2026-10-01T10:00:00.000Z',
      completedAt: '2026-10-01T10:10:00.000Z',
      answers: { happy: 5, fixable: 4 },
      notes: { happy: 'Back then I was sure' },
      chosen: 'try-again',
      suggested: 'let-go',
    }),
    buildAssessment({
      id: 'a2',
      createdAt: '2026-11-20T10:00:00.000Z',
      completedAt: '2026-11-20T10:10:00.000Z',
      answers: { happy: 2, fixable: 2 },
      notes: {},
      chosen: 'let-go',
      suggested: 'let-go',
    }),
  ])
  const { user } = renderApp('/journey/assess')
  const history = await screen.findByRole('region', { name: 'Side by side' })
  expect(within(history).getByLabelText('Earlier')).toHaveDisplayValue(/1 October/)
  expect(within(history).getByLabelText('Later')).toHaveDisplayValue(/20 November.*latest/)
  const happy = within(history)
    .getByText('If you and Sam got back together, you would truly be happy.')
    .closest('div')!
  expect(within(happy).getByText('Completely')).toBeInTheDocument()
  expect(within(happy).getByText('A little')).toBeInTheDocument()
  expect(within(happy).getByText('Back then I was sure')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Change to: give it one more honest try' }))
  expect(
    await screen.findByRole('heading', { name: 'Your direction: Give it one more honest try' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/you chose your own way/)).toBeInTheDocument()
  expect((await db.assessments.get('a2'))?.chosen).toBe('try-again')
})

test('the direction shapes Today and the Journey; without one, Today invites the questions', async () => {
  await seedWelcomed()
  const first = renderApp('/')
  expect(
    await screen.findByRole('heading', { name: 'Is it worth another try?' }),
  ).toBeInTheDocument()
  first.unmount()
  await db.assessments.add(buildAssessment({ chosen: 'try-again' }))
  renderApp('/')
  expect(
    await screen.findByRole('heading', { name: 'Give it one more honest try' }),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Look again or change it' })).toHaveAttribute(
    'href',
    '/journey/assess',
  )
})
