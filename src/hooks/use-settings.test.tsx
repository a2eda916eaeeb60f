import { act, screen, waitFor } from '@testing-library/react'
import Dexie from 'dexie'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { buildEntry, seedEntries } from '../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../tests/setup/render'
import { startSettings, updateSettings } from './use-settings'

/** Today with everything that reads the settings: theme, lock, welcome guard, cards, reminder. */
async function openToday() {
  await seedWelcomed({ userName: 'Sam', theme: 'dark' })
  // Old enough for the backup reminder, which reads the settings too.
  await seedEntries([buildEntry({ at: new Date(2026, 0, 10, 21, 0), text: 'Long ago' })])
  const reads = vi.spyOn(db.settings, 'get')
  // As main.tsx does at boot, before React renders.
  const first = startSettings()
  const app = renderApp('/')
  await screen.findByRole('heading', { level: 1, name: /Sam$/ })
  // A card of its own chunk: the first test to load it waits for its transform on a busy machine.
  const reminder = { name: 'Keep a copy of your journal' }
  expect(await screen.findByRole('heading', reminder, { timeout: 15_000 })).toBeVisible()
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'))
  return { ...app, reads, first }
}

test('at start-up the settings row is read once, and every reader shares it', async () => {
  const { reads, first } = await openToday()
  expect((await first).userName).toBe('Sam')
  expect(reads).toHaveBeenCalledTimes(1)
})

test('a change reaches every reader at once: the greeting, the theme and the reminder', async () => {
  const { user, reads } = await openToday()
  await act(() => updateSettings({ userName: 'Alex', theme: 'light' }))
  expect(await screen.findByRole('heading', { level: 1, name: /Alex$/ })).toBeInTheDocument()
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'))

  await user.click(screen.getByRole('button', { name: 'Not now' }))
  await waitFor(() =>
    expect(
      screen.queryByRole('heading', { name: 'Keep a copy of your journal' }),
    ).not.toBeInTheDocument(),
  )
  // Each change is one read again (the live query), not one per reader.
  expect(reads.mock.calls.length).toBeLessThanOrEqual(1 + 2 + 2)
})

test('a change made in another tab reaches this one', async () => {
  await openToday()
  // Another tab is another connection to the same database, with its own Dexie.
  const otherTab = new Dexie(db.name)
  await otherTab.open()
  try {
    const row = await otherTab.table('settings').get('app')
    await otherTab.table('settings').put({ ...row, userName: 'Robin', theme: 'light' })
  } finally {
    otherTab.close()
  }
  expect(await screen.findByRole('heading', { level: 1, name: /Robin$/ })).toBeInTheDocument()
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'))
})

test('finishing the welcome goes on into the app, never back to the welcome', async () => {
  const { user, router } = renderApp('/welcome')
  await user.click(await screen.findByRole('button', { name: /skip/i }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey'))
  await act(() => router.navigate('/'))
  expect(await screen.findByRole('heading', { level: 1, name: /^Good|^Hello/ })).toBeVisible()
  expect(router.state.location.pathname).toBe('/')
})
