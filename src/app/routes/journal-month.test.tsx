import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { buildEntry, seedEntries } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

async function seedMonth() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 12, 0))
  await seedWelcomed()
  await seedEntries([
    buildEntry({ at: new Date(2026, 10, 3, 8), mood: 2, text: 'A low Tuesday' }),
    buildEntry({ at: new Date(2026, 10, 3, 21), mood: 5, kind: 'note', text: 'Better by night' }),
    buildEntry({ at: new Date(2026, 10, 5, 9), mood: 1, kind: 'letter', text: 'Unsent, to them' }),
    buildEntry({ at: new Date(2026, 9, 31, 9), mood: 4, text: 'Halloween walk' }),
    buildEntry({ at: new Date(2025, 10, 26, 9), mood: 3, text: 'A year ago today' }),
    buildEntry({ at: new Date(2026, 9, 26, 9), mood: 4, text: 'A month ago today' }),
  ])
}

test('each day reads out its mood and entries; tapping one shows them', async () => {
  await seedMonth()
  const { user } = renderApp('/journal/month')
  const table = await screen.findByRole('table', { name: 'November 2026' })
  expect(within(table).getAllByRole('columnheader')).toHaveLength(7)
  const third = await within(table).findByRole('button', {
    name: 'Tuesday 3 November: Low, 2 entries',
  })
  expect(
    within(table).getByRole('button', { name: 'Thursday 5 November: 1 entry' }),
  ).toBeInTheDocument()
  expect(
    within(table).getByRole('button', { name: 'Thursday 26 November, today: nothing written' }),
  ).toHaveAttribute('aria-current', 'date')

  await user.click(third)
  expect(third).toHaveAttribute('aria-pressed', 'true')
  const day = screen.getByRole('region', { name: 'Tuesday 3 November' })
  expect((await within(day).findAllByRole('link')).map((link) => link.textContent)).toEqual([
    expect.stringContaining('Better by night'),
    expect.stringContaining('A low Tuesday'),
  ])
})

test('arrow keys move day by day and week by week, into the next month too', async () => {
  await seedMonth()
  const { user, router } = renderApp('/journal/month?month=2026-11&day=2026-11-03')
  const table = await screen.findByRole('table', { name: 'November 2026' })
  const third = within(table).getByRole('button', { name: /^Tuesday 3 November/ })
  expect(third).toHaveAttribute('tabindex', '0')
  third.focus()
  await user.keyboard('{ArrowRight}')
  expect(await screen.findByRole('button', { name: /^Wednesday 4 November/ })).toHaveFocus()
  await user.keyboard('{ArrowDown}')
  expect(await screen.findByRole('button', { name: /^Wednesday 11 November/ })).toHaveFocus()
  // End: the week's last day, whichever day the locale ends its week on.
  await user.keyboard('{End}')
  const lastWeekday = within(table).getAllByRole('columnheader').at(-1)?.textContent?.slice(1)
  await waitFor(() =>
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(
      new RegExp(`^${lastWeekday} 1[45] November`),
    ),
  )
  const date = (document.activeElement as HTMLElement).dataset.day?.slice(8)
  await user.keyboard('{PageDown}')
  expect(await screen.findByRole('table', { name: 'December 2026' })).toBeInTheDocument()
  await waitFor(() =>
    expect((document.activeElement as HTMLElement).dataset.day).toBe(`2026-12-${date}`),
  )
  expect(router.state.location.search).toBe(`?month=2026-12&day=2026-12-${date}`)
})

test('the month buttons step through months, and Back returns', async () => {
  await seedMonth()
  const { user, router } = renderApp('/journal/month')
  await screen.findByRole('table', { name: 'November 2026' })
  await user.click(screen.getByRole('link', { name: 'Previous month, October 2026' }))
  const october = await screen.findByRole('table', { name: 'October 2026' })
  expect(
    await within(october).findByRole('button', { name: 'Saturday 31 October: Good, 1 entry' }),
  ).toBeInTheDocument()
  await act(() => router.navigate(-1))
  expect(await screen.findByRole('table', { name: 'November 2026' })).toBeInTheDocument()
})

test('on this day shows earlier months and years when there is something', async () => {
  await seedMonth()
  renderApp('/journal/month')
  const earlier = await screen.findByRole('region', { name: 'On this day' })
  expect(within(earlier).getByRole('heading', { name: /^A month ago/ })).toBeInTheDocument()
  expect(within(earlier).getByRole('heading', { name: /^A year ago/ })).toBeInTheDocument()
  expect(within(earlier).getByRole('link', { name: /A year ago today/ })).toBeInTheDocument()
})

test('with nothing on this day in earlier months, there is no such section; a bad month is this one', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 12, 0))
  await seedWelcomed()
  renderApp('/journal/month?month=2026-13&day=nonsense')
  const table = await screen.findByRole('table', { name: 'November 2026' })
  expect(within(table).getAllByRole('button', { pressed: false })).toHaveLength(30)
  expect(screen.queryByRole('region', { name: 'On this day' })).toBeNull()
})

test('the journal links to the month view', async () => {
  await seedWelcomed()
  const { user } = renderApp('/journal')
  await user.click(await screen.findByRole('link', { name: 'Month view' }))
  expect(await screen.findByRole('heading', { name: 'Your month' })).toBeInTheDocument()
})
