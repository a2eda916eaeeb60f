import { screen, within, waitFor } from '@testing-library/react'
import { expect, onTestFinished, test, vi } from 'vitest'
import { db } from '@/db/db'
import { buildDraftOf, buildEntry, seedEntries } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

function stubNavigation() {
  const assign = vi.fn()
  vi.stubGlobal('location', { ...window.location, assign })
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  return assign
}

test('delete everything explains what goes, and works only once DELETE is typed', async () => {
  await seedWelcomed()
  const assign = stubNavigation()
  const { user } = renderApp('/settings/delete')
  const section = await screen.findByRole('main')
  // The shell paints first; the screen's own chunk arrives a moment later.
  expect(await within(section).findByText(/journal and check-ins, drafts/)).toBeInTheDocument()
  expect(within(section).getByText(/can’t be undone/)).toBeInTheDocument()
  expect(within(section).getByText(/make a backup first/)).toBeInTheDocument()

  const field = within(section).getByLabelText('Type DELETE to confirm')
  const button = within(section).getByRole('button', { name: 'Delete everything' })
  expect(button).toBeDisabled()
  for (const almost of ['DELET', 'DELETE!', 'delete it', 'DELETE DELETE']) {
    await user.clear(field)
    await user.type(field, almost)
    expect(button, almost).toBeDisabled()
  }
  await user.clear(field)
  await user.type(field, '  delete ')
  expect(button).toBeEnabled()
  await user.clear(field)
  expect(button).toBeDisabled()
  expect(assign).not.toHaveBeenCalled()
})

test('deleting everything empties the database and storage, then starts again at the welcome', async () => {
  await seedWelcomed({ userName: 'Sam', theme: 'dark' })
  await seedEntries([buildEntry({ text: 'Mine alone' })])
  await db.drafts.put(
    buildDraftOf(
      'new-entry',
      'entry',
      { mood: null, text: 'half', prompt: '' },
      { updatedAt: '2026-11-26T21:00:00.000Z', writer: 'tab' },
    ),
  )
  localStorage.setItem('steady-theme', 'dark')
  const assign = stubNavigation()
  const { user } = renderApp('/settings/delete')
  const section = await screen.findByRole('main')

  await user.type(within(section).getByLabelText('Type DELETE to confirm'), 'DELETE')
  await user.click(within(section).getByRole('button', { name: 'Delete everything' }))

  expect(
    await within(section).findByText('Everything is deleted. Steady is starting again.'),
  ).toBeInTheDocument()
  expect(assign).toHaveBeenCalledWith('/welcome')
  for (const table of db.tables) expect(await table.count(), table.name).toBe(0)
  expect(localStorage.getItem('steady-theme')).toBeNull()
})

test('storage says in plain words what can still clear the data, and suggests a backup', async () => {
  // A browser that tells the space used, but not whether the data is protected.
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: vi.fn().mockResolvedValue({ usage: 2_400_000, quota: 1_200_000_000 }) },
  })
  onTestFinished(() => {
    Reflect.deleteProperty(navigator, 'storage')
  })
  await seedWelcomed()
  renderApp('/settings/storage')
  const section = await screen.findByRole('main')
  const words = await within(section).findByText(/Safari on iPhone and iPad may clear/)
  expect(words).toHaveTextContent(/about a week, unless Steady is added to the Home Screen\./)
  // This browser does not say whether the data is protected: so space running low is a risk too.
  await waitFor(() =>
    expect(words).toHaveTextContent(/may also clear data when the phone runs low on space/),
  )
  expect(words).toHaveTextContent(/Keep a recent backup to be safe\.$/)
  expect(await within(section).findByText('2.4 MB of 1.2 GB available')).toBeVisible()
})

test('a tab left open while another deletes everything says so, instead of showing stale words', async () => {
  await seedWelcomed()
  renderApp('/')
  await screen.findByRole('heading', { name: 'How are you right now?' })
  db.on('versionchange').fire(
    new IDBVersionChangeEvent('versionchange', { oldVersion: db.verno, newVersion: null }),
  )
  expect(await screen.findByRole('heading', { name: 'Everything was deleted' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument()
  await db.open()
})
