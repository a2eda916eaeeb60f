import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { renderApp } from '../../../tests/setup/render'

test('a first visit opens the welcome, which says everything stays on this device', async () => {
  renderApp('/')
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Welcome to Steady' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Everything you write stays on this device/)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: /Get support/ })).toHaveAttribute('href', '/support')
})

test('Get help now is one tap away before the welcome is done, too', async () => {
  const { user } = renderApp('/welcome')
  await user.click(await screen.findByRole('button', { name: 'Get help now' }))
  expect(screen.getByRole('dialog', { name: /You don’t have to get through/ })).toBeVisible()
})

test('names and pronouns given at the welcome are used from then on', async () => {
  const { user } = renderApp('/')
  await user.type(await screen.findByLabelText('What should Steady call you?'), '  Noa ')
  await user.type(screen.getByLabelText('Your ex’s name or a nickname'), 'Robin')
  await user.click(screen.getByRole('radio', { name: 'she / her' }))
  await user.click(screen.getByRole('button', { name: 'Start' }))

  // A new person is shown the path first, with Today one tap away.
  expect(await screen.findByRole('heading', { level: 1, name: 'Your journey' })).toBeInTheDocument()
  expect(
    await screen.findByRole('heading', { name: 'Start with an honest look' }),
  ).toBeInTheDocument()
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 1, name: 'Your journey' })).toHaveFocus(),
  )
  await user.click(screen.getByRole('link', { name: 'Or go to Today and check in first' }))
  expect(await screen.findByRole('heading', { level: 1, name: /, Noa$/ })).toBeInTheDocument()
  expect(await db.settings.get('app')).toMatchObject({
    userName: 'Noa',
    exName: 'Robin',
    pronouns: 'she',
  })

  const nav = screen.getByRole('navigation', { name: 'Main' })
  await user.click(within(nav).getByRole('link', { name: 'Support' }))
  expect(
    await screen.findByRole('heading', { name: 'Write it here instead of texting Robin' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Put what you want to say to her into words/)).toBeInTheDocument()
})

test('the welcome can be skipped, and the app then says "your ex" with they/them', async () => {
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
  expect(await screen.findByText('Where to begin')).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Support' }))
  expect(
    await screen.findByRole('heading', { name: 'Write it here instead of texting your ex' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Put what you want to say to them into words/)).toBeInTheDocument()
})

test('custom pronouns must be filled in before starting', async () => {
  const { user } = renderApp('/welcome')
  await user.click(await screen.findByRole('radio', { name: 'Other' }))
  await user.click(screen.getByRole('button', { name: 'Start' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Fill in the pronouns, or pick one of the other options.',
  )
  expect((await db.settings.get('app'))?.onboardedAt ?? null).toBeNull()

  await user.type(screen.getByLabelText('As in “___ called”'), 'xe')
  await user.type(screen.getByLabelText('As in “I called ___”'), 'xem')
  await user.type(screen.getByLabelText('As in “___ phone”'), 'xyr')
  await user.click(screen.getByRole('button', { name: 'Start' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Your journey' })).toBeInTheDocument()
  expect((await db.settings.get('app'))?.customPronouns).toEqual({
    subject: 'xe',
    object: 'xem',
    possessive: 'xyr',
  })
})

test('a name that is far too long is explained, not saved', async () => {
  const { user } = renderApp('/welcome')
  const field = await screen.findByLabelText('What should Steady call you?')
  await user.click(field)
  await user.paste('x'.repeat(61))
  await user.click(screen.getByRole('button', { name: 'Start' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Please keep your name to 60 characters or fewer.',
  )
  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(await db.settings.count()).toBe(0)
})

test('support opens before the welcome is done: someone may arrive in crisis', async () => {
  renderApp('/support')
  expect(
    await screen.findByRole('heading', { level: 1, name: 'When it’s very hard' }),
  ).toBeInTheDocument()
  expect(await screen.findByRole('link', { name: /Call 112/ })).toHaveAttribute('href', 'tel:112')
})
