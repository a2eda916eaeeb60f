import { toCalendarDay } from '@/lib/dates'
import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { usePwaStore } from '@/pwa/store'
import { expectConsoleError, renderApp, seedWelcomed } from '../../tests/setup/render'

test('when the browser refuses storage, a full-screen explanation appears instead of a blank page', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const open = vi
    .spyOn(db, 'open')
    .mockRejectedValue(new DOMException('The user denied permission', 'SecurityError'))
  renderApp('/')
  expect(
    await screen.findByRole('heading', { name: 'Steady can’t store anything right now' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/A private or incognito window/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  open.mockRestore()
})

test('a newer version opening in another tab asks this one to reload, losing nothing', async () => {
  await seedWelcomed()
  renderApp('/')
  await screen.findByRole('heading', { name: 'How are you right now?' })
  db.on('versionchange').fire(new Event('versionchange'))
  expect(await screen.findByRole('heading', { name: 'Steady was updated' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Reload Steady' })).toBeInTheDocument()
  await db.open()
})

test('a newer version upgrading the database is not blocked by this tab, which is asked to reload', async () => {
  await seedWelcomed()
  // Today's check-in, whatever day the test runs on (a fixed date stops being "today" at midnight).
  const now = new Date().toISOString()
  await db.entries.add({
    id: 'kept',
    kind: 'check-in',
    day: toCalendarDay(new Date()),
    createdAt: now,
    updatedAt: now,
    mood: 3,
    text: 'kept',
  })
  renderApp('/')
  await screen.findByRole('heading', { name: 'You checked in today' })

  // What a newer Steady in another tab does: open the same database at a higher version.
  const { default: Dexie } = await import('dexie')
  const newer = new Dexie(db.name)
  newer.version(db.verno + 1).stores({
    ...Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
      ]),
    ),
    later: 'id',
  })
  await newer.open()
  expect(await newer.table('entries').get('kept')).toMatchObject({ text: 'kept' })

  expect(await screen.findByRole('heading', { name: 'Steady was updated' })).toBeInTheDocument()
  newer.close()
  await Dexie.delete(db.name)
  await db.open()
})

test('a screen that crashes shows a way back, and the bottom bar stays', async () => {
  expectConsoleError()
  await seedWelcomed()
  vi.spyOn(db.entries, 'where').mockImplementation(() => {
    throw new Error('boom')
  })
  renderApp('/journal')
  expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
  expect(screen.getByText(/Everything you saved is still on this device/)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/')
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
})

test('an unknown address says so kindly', async () => {
  await seedWelcomed()
  renderApp('/nowhere')
  expect(await screen.findByRole('heading', { name: 'This page isn’t here' })).toBeInTheDocument()
})

test('a new version is offered, never forced: Later hides it, Update applies it', async () => {
  await seedWelcomed()
  const applyUpdate = vi.fn().mockResolvedValue(undefined)
  usePwaStore.setState({ needRefresh: true, applyUpdate })
  const { user } = renderApp('/')
  expect(await screen.findByText(/A new version of Steady is ready/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Later' }))
  expect(screen.queryByText(/A new version of Steady is ready/)).not.toBeInTheDocument()
  expect(applyUpdate).not.toHaveBeenCalled()

  usePwaStore.setState({ updateDeferred: false })
  await user.click(await screen.findByRole('button', { name: 'Update' }))
  expect(applyUpdate).toHaveBeenCalledTimes(1)
  expect(screen.getByRole('button', { name: 'Updating…' })).toBeDisabled()
})

test('moving between screens puts focus on the new heading for screen readers', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  await screen.findByRole('heading', { name: 'How are you right now?' })
  await user.click(screen.getByRole('link', { name: 'Journal' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toHaveFocus()
  expect(screen.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page')
})
