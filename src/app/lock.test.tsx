import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, onTestFinished, test, vi } from 'vitest'
import { db } from '@/db/db'
import { isSealed } from '@/lib/sealed-value'
import { NEW_ENTRY_DRAFT_ID } from '@/features/journal/data/entries'
import { buildEntry, seedEntries } from '../../tests/setup/factories'
import {
  resetPageVisibility,
  seedLock,
  setPageVisibility,
  unlockWith,
} from '../../tests/setup/lock'
import { renderApp, seedWelcomed } from '../../tests/setup/render'

const TEXT_LABEL = 'Write as much or as little as you like'

afterEach(resetPageVisibility)

async function readLock() {
  return (await db.settings.get('app'))?.lock
}

test('with a lock set, Steady opens to the lock screen and shows nothing else until unlocked', async () => {
  await seedWelcomed({ userName: 'Sam' })
  await seedEntries([buildEntry({ at: new Date(), text: 'Private words' })])
  await seedLock('2468')
  const { user } = renderApp('/')

  expect(await screen.findByRole('heading', { level: 1, name: 'Steady is locked' })).toBeVisible()
  // The app's own mark, the sun over a wave, greets them: this is Steady, not a browser prompt.
  expect(screen.getByRole('img', { name: 'Steady' })).toBeVisible()
  expect(screen.getByLabelText('Passcode')).toHaveAttribute('type', 'password')
  expect(screen.getByLabelText('Passcode')).toHaveAttribute('autocomplete', 'current-password')
  await waitFor(() => expect(screen.getByLabelText('Passcode')).toHaveFocus())
  expect(screen.queryByText('Private words')).not.toBeInTheDocument()
  expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()

  await unlockWith(user, '2468')
  expect(await screen.findByText('Private words')).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 1, name: /Sam$/ })).toBeInTheDocument()
})

test('the lock screen has one "Need help right now?" row that opens help without the passcode', async () => {
  await seedWelcomed()
  await db.safetyPlans.put({
    id: 'mine',
    warningSigns: 'Private warning signs',
    ownCoping: '',
    distractions: '',
    helpers: '',
    professionals: '',
    saferSurroundings: '',
    updatedAt: '2026-11-20T20:00:00.000Z',
  })
  await seedLock('2468')
  const { user } = renderApp('/')
  await screen.findByRole('heading', { level: 1, name: 'Steady is locked' })
  // No wall of emergency buttons on every unlock: one quiet row.
  expect(screen.queryByRole('link', { name: /Call 112/ })).not.toBeInTheDocument()
  expect(screen.getByText('Need help right now?')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Get help now' }))

  const help = screen.getByRole('dialog')
  const danger = await within(help).findByRole('region', { name: 'If you are in danger' })
  for (const number of ['112', '911', '999', '000']) {
    expect(
      within(danger).getByRole('link', { name: new RegExp(`Call ${number}`) }),
    ).toHaveAttribute('href', `tel:${number}`)
  }
  // The lock promises nothing of the journal shows: the plan waits until it is unlocked.
  expect(within(help).queryByText('Private warning signs')).not.toBeInTheDocument()
  expect(within(help).getByText(/once Steady is unlocked/)).toBeInTheDocument()
})

test('a wrong passcode says so calmly, is counted, and the right one resets the count', async () => {
  await seedWelcomed()
  await seedLock('2468')
  const { user } = renderApp('/')
  const field = await screen.findByLabelText('Passcode')
  await user.type(field, '1357')
  await user.click(screen.getByRole('button', { name: 'Unlock' }))

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'That passcode didn’t match. Try again.',
  )
  expect(field).toHaveValue('')
  expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled()
  expect(await readLock()).toMatchObject({ failedAttempts: 1, lastFailedAt: expect.any(String) })

  await unlockWith(user, '2468')
  expect(await readLock()).toMatchObject({ failedAttempts: 0, lastFailedAt: null })
})

test('after three wrong tries in a row the next one waits, and a reload does not skip the wait', async () => {
  await seedWelcomed()
  await seedLock('2468')
  const first = renderApp('/')
  const field = await screen.findByLabelText('Passcode')
  for (const wrong of ['1111', '2222', '3333']) {
    await first.user.type(field, wrong)
    await first.user.click(screen.getByRole('button', { name: 'Unlock' }))
    await waitFor(() => expect(field).toHaveValue(''))
  }

  expect(await screen.findByText(/You can try again in 30 seconds\./)).toBeInTheDocument()
  expect(screen.getByRole('alert')).toHaveTextContent('That passcode didn’t match.')
  expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled()
  expect(await readLock()).toMatchObject({ failedAttempts: 3 })

  first.unmount()
  const again = renderApp('/')
  expect(await screen.findByText(/You can try again in (30|29|28) seconds\./)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled()
  // Typing is never blocked, only the next check.
  await again.user.type(screen.getByLabelText('Passcode'), '2468')
  expect(screen.getByLabelText('Passcode')).toHaveValue('2468')
  expect(await readLock()).toMatchObject({ failedAttempts: 3 })
})

test('once the wait is over the right passcode opens Steady and the count starts again', async () => {
  await seedWelcomed()
  await seedLock('2468', {
    failedAttempts: 4,
    lastFailedAt: new Date(Date.now() - 61_000).toISOString(),
  })
  const { user } = renderApp('/')
  await screen.findByRole('heading', { name: 'Steady is locked' })
  expect(screen.queryByText(/You can try again in/)).not.toBeInTheDocument()
  await unlockWith(user, '2468')
  expect(await readLock()).toMatchObject({ failedAttempts: 0, lastFailedAt: null })
})

test('after the chosen time in the background Steady locks again; a shorter absence does not', async () => {
  await seedWelcomed()
  await seedLock('2468', { autoLockMinutes: 1 })
  const { user } = renderApp('/')
  await unlockWith(user, '2468')
  // Only Date is faked: fake-indexeddb and Testing Library need the real timers.
  vi.useFakeTimers({ toFake: ['Date'] })

  await setPageVisibility('hidden')
  vi.setSystemTime(Date.now() + 50_000)
  await setPageVisibility('visible')
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()

  await setPageVisibility('hidden')
  vi.setSystemTime(Date.now() + 61_000)
  await setPageVisibility('visible')
  expect(await screen.findByRole('heading', { name: 'Steady is locked' })).toBeInTheDocument()
  expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
})

test('with “Immediately”, Steady locks the moment it is hidden', async () => {
  await seedWelcomed()
  await seedLock('2468', { autoLockMinutes: 0 })
  const { user } = renderApp('/')
  await unlockWith(user, '2468')
  await setPageVisibility('hidden')
  expect(await screen.findByRole('heading', { name: 'Steady is locked' })).toBeInTheDocument()
})

test('what was being typed when Steady locked is still there after unlocking', async () => {
  await seedWelcomed()
  await seedLock('2468', { autoLockMinutes: 0 })
  const { user } = renderApp('/')
  await unlockWith(user, '2468')
  await user.type(await screen.findByLabelText(TEXT_LABEL), 'Half a thought')
  await setPageVisibility('hidden')
  await screen.findByRole('heading', { name: 'Steady is locked' })
  // Saved as the screen closed, sealed with the key it began with: while locked it stays sealed.
  await waitFor(async () =>
    expect(isSealed((await db.drafts.get(NEW_ENTRY_DRAFT_ID))?.fields)).toBe(true),
  )

  await setPageVisibility('visible')
  await unlockWith(user, '2468')
  expect(await screen.findByLabelText(TEXT_LABEL)).toHaveValue('Half a thought')
})

test('a forgotten passcode: it is explained, and only deleting everything (typed DELETE) opens Steady again', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry({ at: new Date() })])
  await seedLock('2468')
  const assign = vi.fn()
  vi.stubGlobal('location', { ...window.location, assign })
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  const { user } = renderApp('/')

  await user.click(await screen.findByRole('button', { name: 'Forgot your passcode?' }))
  expect(screen.getByRole('heading', { name: 'Forgot your passcode?' })).toHaveFocus()
  expect(screen.getByText(/can’t show it or reset it/)).toBeInTheDocument()
  const erase = screen.getByRole('button', { name: 'Delete everything' })
  expect(erase).toBeDisabled()

  await user.click(screen.getByRole('button', { name: 'Back to unlock' }))
  expect(screen.getByLabelText('Passcode')).toBeInTheDocument()
  expect(await db.entries.count()).toBe(1)

  await user.click(screen.getByRole('button', { name: 'Forgot your passcode?' }))
  await user.type(screen.getByLabelText('Type DELETE to confirm'), 'delete')
  await user.click(screen.getByRole('button', { name: 'Delete everything' }))

  expect(await screen.findByRole('heading', { name: 'Starting again' })).toBeInTheDocument()
  expect(assign).toHaveBeenCalledWith('/welcome')
  expect(await db.entries.count()).toBe(0)
  expect(await db.settings.get('app')).toBeUndefined()
})

test('over plain http the lock screen says why the passcode can’t be checked, and counts nothing', async () => {
  await seedWelcomed()
  await seedLock('2468')
  vi.stubGlobal('isSecureContext', false)
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  const { user } = renderApp('/')
  expect(await screen.findByRole('note')).toHaveTextContent(
    /Checking your passcode can’t work here\. This page was opened over plain http/,
  )
  await user.type(screen.getByLabelText('Passcode'), '2468')
  await user.click(screen.getByRole('button', { name: 'Unlock' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /Steady can’t check your passcode on this page\. This page was opened over plain http/,
  )
  expect(screen.getByRole('alert')).not.toHaveTextContent(/try again/i)
  expect(await readLock()).toMatchObject({ failedAttempts: 0 })
  // Crisis help is still one tap away.
  await user.click(screen.getByRole('button', { name: 'Get help now' }))
  expect(
    await within(screen.getByRole('dialog')).findByRole('region', { name: 'If you are in danger' }),
  ).toBeInTheDocument()
})

test('with the lock on, the person’s text fields are kept out of the browser’s autofill and session files', async () => {
  await seedWelcomed()
  await seedLock('2468')
  const { user } = renderApp('/')
  await unlockWith(user, '2468')
  const field = await screen.findByLabelText(TEXT_LABEL)
  expect(field).toHaveAttribute('autocomplete', 'off')
  expect(field.closest('form')).toHaveAttribute('autocomplete', 'off')
})

test('a screen’s own text fields, drawn without the form kit, are covered too', async () => {
  await seedWelcomed()
  await seedLock('2468')
  const { user } = renderApp('/support/plan')
  await unlockWith(user, '2468')
  const boxes = await screen.findAllByRole('textbox')
  expect(boxes.length).toBeGreaterThan(3)
  for (const box of boxes) expect(box).toHaveAttribute('autocomplete', 'off')
})

test('with the lock off, text fields keep the browser’s usual behaviour', async () => {
  await seedWelcomed()
  renderApp('/')
  expect(await screen.findByLabelText(TEXT_LABEL)).not.toHaveAttribute('autocomplete', 'off')
})
