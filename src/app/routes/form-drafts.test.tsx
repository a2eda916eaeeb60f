import { screen, waitFor } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

// The names, a habit and a trusted person keep what was typed as a draft: leaving the screen (a
// reload, an auto-lock) and coming back finds the words; saving removes the draft.

test('names typed in Settings survive leaving the screen; saving removes the draft', async () => {
  await seedWelcomed()
  const first = renderApp('/settings/profile')
  await first.user.type(await screen.findByLabelText('Your ex’s name or a nickname'), 'Robin 🌊')
  await waitFor(async () => expect(await db.drafts.get('profile')).toBeDefined())
  first.unmount()

  const { user } = renderApp('/settings/profile')
  const ex = await screen.findByLabelText('Your ex’s name or a nickname')
  await waitFor(() => expect(ex).toHaveValue('Robin 🌊'))
  await user.click(screen.getByRole('button', { name: 'Save names' }))
  expect(await screen.findByText('Saved.')).toBeInTheDocument()
  expect((await db.settings.get('app'))?.exName).toBe('Robin 🌊')
  expect(await db.drafts.count()).toBe(0)
})

test('a new habit’s name survives leaving; a draft that cannot be written says so', async () => {
  await seedWelcomed()
  const first = renderApp('/journey/habits/new')
  await first.user.type(await screen.findByLabelText('Name'), 'Stretch')
  await first.user.click(screen.getByRole('radio', { name: 'Some times a week, any days' }))
  await waitFor(async () =>
    expect((await db.drafts.get('habit:new'))?.fields).toMatchObject({
      name: 'Stretch',
      targetKind: 'weekly',
    }),
  )
  first.unmount()

  const { user } = renderApp('/journey/habits/new')
  const name = await screen.findByLabelText('Name')
  await waitFor(() => expect(name).toHaveValue('Stretch'))
  expect(screen.getByRole('radio', { name: 'Some times a week, any days' })).toBeChecked()
  const put = vi
    .spyOn(db.drafts, 'put')
    .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
  await user.type(name, ' gently')
  expect(await screen.findByRole('alert')).toHaveTextContent(/Not saved on this phone yet/)
  put.mockRestore()
  await user.click(screen.getByRole('button', { name: 'Add habit' }))
  expect(await screen.findByRole('heading', { level: 1, name: /Stretch gently/ })).toBeVisible()
  expect(await db.drafts.count()).toBe(0)
})

test('someone you trust, half typed, is still there after leaving; adding removes the draft', async () => {
  await seedWelcomed()
  const first = renderApp('/support/people')
  await first.user.type(await screen.findByLabelText('Name'), 'Maya')
  await first.user.type(screen.getByLabelText('Phone number'), '+44 7700')
  await waitFor(async () =>
    expect((await db.drafts.get('trusted-person:new'))?.fields).toEqual({
      name: 'Maya',
      phone: '+44 7700',
    }),
  )
  first.unmount()

  const { user } = renderApp('/support/people')
  const phone = await screen.findByLabelText('Phone number')
  await waitFor(() => expect(phone).toHaveValue('+44 7700'))
  expect(screen.getByLabelText('Name')).toHaveValue('Maya')
  await user.type(phone, ' 900123')
  await user.click(screen.getByRole('button', { name: 'Add' }))
  await waitFor(async () => expect(await db.trustedPeople.count()).toBe(1))
  await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue(''))
  expect(await db.drafts.count()).toBe(0)
})
