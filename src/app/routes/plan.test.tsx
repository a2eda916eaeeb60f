import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { buildIntrospection, buildPlanCommitment } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

function freezeDate(at = new Date(2026, 10, 26, 20, 0)) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

test('an empty line is explained; a commitment is added with its cadence and the value it serves', async () => {
  await seedWelcomed()
  await db.introspections.add(buildIntrospection({ values: ['Health', 'Family'] }))
  const { user } = renderApp('/journey/plan')
  await user.click(await screen.findByRole('button', { name: 'Add to my plan' }))
  expect(screen.getByText(/Say when it applies, after “If”/)).toBeInTheDocument()
  expect(screen.getByText(/Say what you will do, after “then I will”/)).toBeInTheDocument()
  expect(screen.getByLabelText('If…')).toHaveAttribute('aria-invalid', 'true')
  // The first field to fix takes focus, its problem read with it.
  expect(screen.getByLabelText('If…')).toHaveFocus()
  expect(screen.getByLabelText('If…')).toHaveAccessibleDescription(/Say when it applies/)
  expect(await db.planCommitments.count()).toBe(0)

  await user.type(screen.getByLabelText('If…'), 'we try again while living apart')
  await user.type(screen.getByLabelText('…then I will'), 'call every day for 30 to 60 minutes 📞')
  await user.selectOptions(screen.getByLabelText('How often'), 'Every day')
  await user.selectOptions(screen.getByLabelText('Which of your values does this serve?'), 'Family')
  await user.click(screen.getByRole('button', { name: 'Add to my plan' }))

  const list = await screen.findByRole('region', { name: 'Your commitments' })
  expect(list).toHaveTextContent(
    /If we try again while living apart, then I will call every day for 30 to 60 minutes 📞/,
  )
  expect(within(list).getByText('Every day · for Family')).toBeInTheDocument()
  expect(screen.getByLabelText('If…')).toHaveValue('')
  expect((await db.planCommitments.toArray())[0]).toMatchObject({
    situation: 'we try again while living apart',
    action: 'call every day for 30 to 60 minutes 📞',
    cadence: 'daily',
    value: 'Family',
  })
})

test('a plan that keeps watching or chasing the ex gets a gentle note, and can still be kept', async () => {
  await seedWelcomed()
  const { user } = renderApp('/journey/plan')
  await user.type(await screen.findByLabelText('If…'), 'I miss them at night')
  expect(screen.queryByRole('note')).not.toBeInTheDocument()
  await user.type(screen.getByLabelText('…then I will'), 'check their Instagram profile')
  expect(screen.getByRole('note')).toHaveTextContent(/tends to keep the hurt going/)
  await user.click(screen.getByRole('button', { name: 'Add to my plan' }))
  const list = await screen.findByRole('region', { name: 'Your commitments' })
  expect(within(list).getByText(/tends to keep the hurt going/)).toBeInTheDocument()
})

test('tick off for today, edit, archive with undo, bring back', async () => {
  freezeDate()
  await seedWelcomed()
  await db.planCommitments.add(
    buildPlanCommitment({ id: 'c1', action: 'go for a walk', doneDays: [], value: null }),
  )
  const { user } = renderApp('/journey/plan')
  const done = await screen.findByRole('checkbox', { name: 'Done today' })
  await user.click(done)
  await waitFor(async () =>
    expect((await db.planCommitments.get('c1'))?.doneDays).toEqual(['2026-11-26']),
  )
  expect(await screen.findByText(/done 1 time/)).toBeInTheDocument()

  await user.click(screen.getByRole('link', { name: 'Edit: go for a walk' }))
  await screen.findByRole('heading', { name: 'Edit a commitment' })
  const action = await screen.findByLabelText('…then I will')
  expect(action).toHaveValue('go for a walk')
  await user.clear(action)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByText(/Say what you will do/)).toBeInTheDocument()
  await user.type(action, 'walk by the river 🌊')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByRole('heading', { name: 'Your action plan' })).toBeInTheDocument()
  expect(await screen.findByRole('region', { name: 'Your commitments' })).toHaveTextContent(
    /then I will walk by the river 🌊/,
  )

  await user.click(screen.getByRole('button', { name: 'Archive: walk by the river 🌊' }))
  expect(await screen.findByText('Archived. It stays under “Archived”.')).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Your commitments' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(await screen.findByRole('region', { name: 'Your commitments' })).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Archive: walk by the river 🌊' }))
  await user.click(await screen.findByText('Archived (1)'))
  await user.click(screen.getByRole('button', { name: 'Bring back: walk by the river 🌊' }))
  expect(await screen.findByRole('region', { name: 'Your commitments' })).toBeInTheDocument()
  expect((await db.planCommitments.get('c1'))?.archivedAt).toBeNull()
})

test('a commitment becomes a habit in one tap, with its words carried over', async () => {
  await seedWelcomed()
  await db.planCommitments.put(buildPlanCommitment({ id: 'c1', action: 'Walk after work' }))
  const { user } = renderApp('/journey/plan')
  await user.click(await screen.findByRole('link', { name: /Make it a habit: Walk after work/ }))
  expect(await screen.findByLabelText('Name')).toHaveValue('Walk after work')
})
