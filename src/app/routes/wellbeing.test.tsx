import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { readSettings } from '@/hooks/use-settings'
import { buildWellbeingCheck } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

type Answer = 'Not at all' | 'Several days' | 'More than half the days' | 'Nearly every day'

async function takeCheck(answers: (Answer | null)[]) {
  await seedWelcomed()
  const { user } = renderApp('/journey/wellbeing')
  const items = [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
  ]
  for (const [index, answer] of answers.entries()) {
    if (!answer) continue
    const group = await screen.findByRole('group', { name: items[index] })
    await user.click(within(group).getByRole('radio', { name: answer }))
  }
  await user.click(await screen.findByRole('button', { name: 'Done' }))
  return { user, result: await screen.findByRole('region', { name: /Thank you/ }) }
}

test.each<[string, (Answer | null)[], boolean]>([
  [
    '2 and 2: no suggestion',
    ['Several days', 'Several days', 'Several days', 'Several days'],
    false,
  ],
  [
    '3 on interest and mood',
    ['More than half the days', 'Several days', 'Not at all', 'Not at all'],
    true,
  ],
  ['3 on nerves and worry', ['Not at all', 'Not at all', 'Nearly every day', null], true],
  ['every question skipped', [null, null, null, null], false],
])('%s', async (_name, answers, talk) => {
  const { result } = await takeCheck(answers)
  expect(result).toHaveTextContent('Thank you for checking in with yourself')
  if (talk) {
    expect(result).toHaveTextContent('this might be worth talking to someone about')
    expect(within(result).getByRole('link', { name: 'Get help now' })).toHaveAttribute(
      'href',
      '/support',
    )
    expect(within(result).getByRole('link', { name: 'Talk lines' })).toBeInTheDocument()
  } else {
    expect(result).not.toHaveTextContent('worth talking to someone')
  }
  // No diagnosis words, no numbers.
  expect(result).not.toHaveTextContent(/depress(ion|ed)|anxiety disorder|diagnos|score|\d/i)
  expect(await db.wellbeingChecks.count()).toBe(1)
})

test('the attribution is kept, and no question asks about self-harm', async () => {
  await seedWelcomed()
  renderApp('/journey/wellbeing')
  expect(await screen.findByText(/Spitzer, Janet B. W. Williams, Kurt Kroenke/)).toBeInTheDocument()
  expect(screen.getAllByRole('group')).toHaveLength(4)
  expect(document.body).not.toHaveTextContent(/harm|hurting yourself|better off dead/i)
})

test('results are kept for the trend, newest first, in words', async () => {
  await seedWelcomed()
  await db.wellbeingChecks.bulkAdd([
    buildWellbeingCheck({
      id: 'w1',
      at: '2026-10-01T09:00:00.000Z',
      day: '2026-10-01',
      interest: 3,
      down: 3,
    }),
    buildWellbeingCheck({
      id: 'w2',
      at: '2026-11-01T09:00:00.000Z',
      day: '2026-11-01',
      interest: 0,
      down: 1,
      nervous: null,
      worry: null,
    }),
  ])
  renderApp('/journey/wellbeing')
  const history = await screen.findByRole('region', { name: 'Before' })
  const rows = within(history).getAllByRole('listitem')
  expect(rows[0]).toHaveTextContent('Low mood or little interest: a little')
  expect(rows[0]).toHaveTextContent('Nerves or worry: skipped')
  expect(rows[1]).toHaveTextContent('Low mood or little interest: most days')
})

test('Today offers it every 14 days; “ask me in two weeks” waits; the reminder can be turned off', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 10, 0))
  await seedWelcomed()
  await db.wellbeingChecks.add(buildWellbeingCheck({ at: new Date(2026, 10, 20).toISOString() }))
  const first = renderApp('/')
  await screen.findByRole('heading', { name: 'Is it worth another try?' })
  expect(screen.queryByRole('heading', { name: 'How have you been?' })).not.toBeInTheDocument()
  first.unmount()

  vi.setSystemTime(new Date(2026, 11, 4, 10, 0))
  const second = renderApp('/')
  expect(await screen.findByRole('heading', { name: 'How have you been?' })).toBeInTheDocument()
  await second.user.click(screen.getByRole('button', { name: 'Ask me in two weeks' }))
  await waitFor(() =>
    expect(screen.queryByRole('heading', { name: 'How have you been?' })).not.toBeInTheDocument(),
  )
  second.unmount()

  vi.setSystemTime(new Date(2026, 11, 19, 10, 0))
  const third = renderApp('/')
  await third.user.click(await screen.findByRole('button', { name: 'Don’t ask again' }))
  expect((await readSettings()).wellbeingReminder).toBe(false)
  third.unmount()

  const fourth = renderApp('/journey/wellbeing')
  const toggle = await screen.findByRole('checkbox', {
    name: 'Offer this on Today every two weeks',
  })
  expect(toggle).not.toBeChecked()
  await fourth.user.click(toggle)
  await screen.findByRole('checkbox', {
    name: 'Offer this on Today every two weeks',
    checked: true,
  })
})
