import { screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import type { UrgeLog } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const AT = new Date(2026, 10, 20, 21, 30)

async function seedUrge(overrides: Partial<UrgeLog> = {}): Promise<UrgeLog> {
  const urge: UrgeLog = {
    id: 'urge-1',
    at: AT.toISOString(),
    intensity: 6,
    trigger: 'A photo came up',
    helped: 'Breathing',
    waitedMinutes: 10,
    createdAt: AT.toISOString(),
    updatedAt: AT.toISOString(),
    ...overrides,
  }
  await db.urges.add(urge)
  return urge
}

test('an urge can be changed: day, time, strength and notes, keeping the minutes waited', async () => {
  await seedWelcomed()
  await seedUrge()
  const { user, router } = renderApp('/journey/no-contact/urges/urge-1')
  expect(await screen.findByRole('heading', { level: 1, name: 'Edit urge' })).toBeInTheDocument()
  expect(await screen.findByLabelText('Date')).toHaveValue('2026-11-20')
  expect(screen.getByLabelText('Time')).toHaveValue('21:30')
  expect(screen.getByRole('radio', { name: '6' })).toBeChecked()
  expect(screen.getByLabelText('What set it off?')).toHaveValue('A photo came up')
  expect(screen.getByText('Waited with the timer: 10 minutes.')).toBeInTheDocument()

  await user.clear(screen.getByLabelText('Date'))
  await user.type(screen.getByLabelText('Date'), '2026-11-19')
  await user.clear(screen.getByLabelText('Time'))
  await user.type(screen.getByLabelText('Time'), '08:15')
  await user.click(screen.getByRole('radio', { name: '3' }))
  await user.clear(screen.getByLabelText('What set it off?'))
  await user.type(screen.getByLabelText('What set it off?'), 'Morning coffee alone')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/no-contact'))
  expect(await screen.findByText('Urge updated.')).toBeInTheDocument()
  expect(await db.urges.get('urge-1')).toMatchObject({
    at: new Date(2026, 10, 19, 8, 15).toISOString(),
    intensity: 3,
    trigger: 'Morning coffee alone',
    helped: 'Breathing',
    waitedMinutes: 10,
  })
})

test('a day in the future is refused with the reason, and nothing changes', async () => {
  await seedWelcomed()
  const urge = await seedUrge()
  const { user } = renderApp('/journey/no-contact/urges/urge-1')
  const date = await screen.findByLabelText('Date')
  const tomorrow = new Date()
  tomorrow.setDate(tomorrow.getDate() + 1)
  await user.clear(date)
  await user.type(date, toCalendarDay(tomorrow))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('This is in the future.')
  expect(await db.urges.get('urge-1')).toEqual(urge)
})

test('an empty date or time, a missing strength and an over-long note are explained', async () => {
  await seedWelcomed()
  const urge = await seedUrge()
  const { user } = renderApp('/journey/no-contact/urges/urge-1')
  await user.clear(await screen.findByLabelText('Time'))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  const problem = await screen.findByRole('alert')
  expect(problem).toHaveTextContent('Choose a real date and time.')
  // The form moves focus to its problem on the next frame; a person types again after that.
  await waitFor(() => expect(problem).toHaveFocus())

  await user.type(screen.getByLabelText('Time'), '22:00')
  await user.click(screen.getByLabelText('What set it off?'))
  await user.paste('y'.repeat(20_000))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  // The earlier problem stays on screen until the new save has been checked: wait for the new one.
  await waitFor(() =>
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^What set it off is 15 characters too long \(up to 20,000\)/,
    ),
  )
  expect(await db.urges.get('urge-1')).toEqual(urge)
})

test('an urge can be deleted, and Undo puts it back', async () => {
  await seedWelcomed()
  const urge = await seedUrge()
  const { user, router } = renderApp('/journey/no-contact/urges/urge-1')
  await user.click(await screen.findByRole('button', { name: 'Delete' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/no-contact'))
  expect(await screen.findByText('Urge deleted.')).toBeInTheDocument()
  expect(await db.urges.count()).toBe(0)

  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await waitFor(async () => expect(await db.urges.get('urge-1')).toEqual(urge))
})

test('an urge that is not there gets a kind word and a way back', async () => {
  await seedWelcomed()
  const { user, router } = renderApp('/journey/no-contact/urges/no-such-urge')
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This urge isn’t here' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Everything else you noted is safe/)).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Back to no contact' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/no-contact'))
})

test('cancel goes back without saving', async () => {
  await seedWelcomed()
  const urge = await seedUrge()
  const { user, router } = renderApp('/journey/no-contact/urges/urge-1')
  await user.click(await screen.findByRole('radio', { name: '10' }))
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/no-contact'))
  expect(await db.urges.get('urge-1')).toEqual(urge)
})
