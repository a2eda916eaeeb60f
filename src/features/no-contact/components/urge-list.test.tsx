import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider, useParams } from 'react-router'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import type { UrgeLog } from '@/db/types'
import { useState } from 'react'
import { useUrgeLog } from '../data/urges'
import { UrgeList } from './urge-list'

// Wednesday 25 November 2026, 21:00 in the test zone; the week began on Monday the 23rd.
const NOW = new Date(2026, 10, 25, 21, 0)

function buildUrge(id: string, at: Date, overrides: Partial<UrgeLog> = {}): UrgeLog {
  return {
    id,
    at: at.toISOString(),
    intensity: 5,
    trigger: '',
    helped: '',
    waitedMinutes: null,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    ...overrides,
  }
}

/** The list as the tracker shows it, with the log read beside it. */
function Urges() {
  const [now] = useState(() => new Date())
  return <UrgeList log={useUrgeLog(now)} now={now} />
}

function EditTarget() {
  return <h1>Editing {useParams().urgeId}</h1>
}

function renderList() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Urges /> },
      { path: '/journey/no-contact/urges/:urgeId', element: <EditTarget /> },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
  return { user: userEvent.setup(), router }
}

test('urges are listed newest first with when, strength and trigger, counted this week and in all', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  await db.urges.bulkAdd([
    buildUrge('old', new Date(2026, 10, 22, 23, 0), { intensity: 2, trigger: 'Sunday night' }),
    buildUrge('today', new Date(2026, 10, 25, 20, 5), {
      intensity: 8,
      trigger: '<b>שלום</b> 🌧️',
    }),
    buildUrge('monday', new Date(2026, 10, 23, 9, 0), { intensity: 4 }),
  ])
  const { user, router } = renderList()

  const section = await screen.findByRole('region', { name: 'Urges' })
  expect(await within(section).findByText(/this week/)).toHaveTextContent('2 this week · 3 in all')
  expect(within(section).getByText('Urges never change your count.')).toBeInTheDocument()
  const links = await within(section).findAllByRole('link')
  expect(links.map((link) => link.getAttribute('href'))).toEqual([
    '/journey/no-contact/urges/today',
    '/journey/no-contact/urges/monday',
    '/journey/no-contact/urges/old',
  ])
  expect(links[0]).toHaveTextContent(/^Today, .*Strength 8 of 10.*Set off by: <b>שלום<\/b> 🌧️$/)
  expect(within(links[0]!).getByText('<b>שלום</b> 🌧️')).toHaveAttribute('dir', 'auto')
  expect(section.querySelector('b')).toBeNull()
  expect(links[2]).toHaveTextContent(/^Sunday 22 November, .*Strength 2 of 10/)

  await user.click(links[1]!)
  expect(router.state.location.pathname).toBe('/journey/no-contact/urges/monday')
  expect(await screen.findByRole('heading', { name: 'Editing monday' })).toBeInTheDocument()
})

test('with nothing noted it says so, and that urges never change the count', async () => {
  renderList()
  const section = await screen.findByRole('region', { name: 'Urges' })
  expect(await within(section).findByText(/None noted yet/)).toHaveTextContent(
    'noting one never changes it',
  )
  expect(within(section).queryByRole('list')).not.toBeInTheDocument()
})

test('years of urges open a page at a time', async () => {
  const urges = Array.from({ length: 1000 }, (_, index) =>
    buildUrge(`u${index}`, new Date(2024, 0, 1, 12, index)),
  )
  await db.urges.bulkAdd(urges)
  const { user } = renderList()
  const section = await screen.findByRole('region', { name: 'Urges' })
  expect(await within(section).findByText(/in all/)).toHaveTextContent('1,000 in all')
  expect(await within(section).findAllByRole('link')).toHaveLength(30)
  await user.click(within(section).getByRole('button', { name: 'Show older urges' }))
  await waitFor(() => expect(within(section).getAllByRole('link')).toHaveLength(60))
  expect(within(section).getAllByRole('link').at(-1)).toHaveAttribute(
    'href',
    '/journey/no-contact/urges/u940',
  )
  // Nothing else is read or shown until asked for.
  expect(within(section).getByRole('button', { name: 'Show older urges' })).toBeInTheDocument()
})

test('the last page of urges has no button for more', async () => {
  await db.urges.bulkAdd(
    Array.from({ length: 31 }, (_, index) =>
      buildUrge(`u${index}`, new Date(2024, 0, 1, 12, index)),
    ),
  )
  const { user } = renderList()
  const section = await screen.findByRole('region', { name: 'Urges' })
  expect(await within(section).findAllByRole('link')).toHaveLength(30)
  await user.click(within(section).getByRole('button', { name: 'Show older urges' }))
  await waitFor(() => expect(within(section).getAllByRole('link')).toHaveLength(31))
  expect(
    within(section).queryByRole('button', { name: 'Show older urges' }),
  ).not.toBeInTheDocument()
})
