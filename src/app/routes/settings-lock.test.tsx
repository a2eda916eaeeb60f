import { screen, waitFor, within, act } from '@testing-library/react'
import { expect, onTestFinished, test, vi } from 'vitest'
import { db } from '@/db/db'
import { dropDataKey } from '@/db/vault'
import { checkPasscode } from '@/features/lock/data/lock'
import { PBKDF2_ITERATIONS } from '@/lib/crypto'
import { seedEveryTable } from '../../../tests/setup/factories'
import { seedLock, unlockWith } from '../../../tests/setup/lock'
import { readEveryTable, sensitiveFieldsByState } from '../../../tests/setup/stored'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

async function readLock() {
  return (await db.settings.get('app'))?.lock ?? null
}

/** The section's live status line, once it says `text`. */
async function expectStatus(text: string) {
  await waitFor(() => expect(within(lockSection()).getByRole('status')).toHaveTextContent(text))
}

function lockSection() {
  return screen.getByRole('region', { name: 'App lock' })
}

test('turning the lock on explains it first, stores only a wrapped key, and the next start asks for it', async () => {
  await seedWelcomed()
  const first = renderApp('/settings/privacy')
  await first.user.click(await screen.findByRole('button', { name: 'Set a passcode' }))
  const section = lockSection()
  expect(within(section).getByText(/If you forget it, it can’t be recovered/)).toBeInTheDocument()
  expect(
    within(section).getByText(/everything you write is encrypted on this device/),
  ).toBeInTheDocument()
  expect(
    within(section).getByText(/journal entries and letters with their tags/),
  ).toBeInTheDocument()
  expect(within(section).getByText(/a short PIN can be guessed/)).toBeInTheDocument()

  await first.user.type(within(section).getByLabelText('New passcode'), 'blue kettle')
  await first.user.type(
    within(section).getByLabelText('Type the new passcode again'),
    'blue kettle',
  )
  await first.user.click(within(section).getByRole('radio', { name: 'After 1 minute' }))
  await first.user.click(within(section).getByRole('button', { name: 'Turn on app lock' }))

  await expectStatus(
    'App lock is on. Everything you’ve written is encrypted, and Steady will ask for your passcode when it opens.',
  )
  // This visit stays open: the person who just chose the passcode is not locked out of Settings.
  expect(screen.getByRole('heading', { level: 1, name: 'Privacy & lock' })).toBeInTheDocument()
  const lock = await readLock()
  expect(lock).toMatchObject({
    iterations: PBKDF2_ITERATIONS,
    autoLockMinutes: 1,
    failedAttempts: 0,
    lastFailedAt: null,
  })
  expect(JSON.stringify(await db.settings.toArray())).not.toContain('blue kettle')
  expect(atob(lock?.salt ?? '')).toHaveLength(16)
  // The passcode wraps a random data key (AES-GCM: 32 bytes and a 16-byte tag); no hash is kept.
  expect(atob(lock?.wrappedKey ?? '')).toHaveLength(48)
  expect(lock).toMatchObject({ encryption: 'on' })
  expect(lock).not.toHaveProperty('hash')

  first.unmount()
  // The next start of the app: nothing of the key is left in memory.
  dropDataKey()
  const again = renderApp('/')
  expect(await screen.findByRole('heading', { name: 'Steady is locked' })).toBeInTheDocument()
  await unlockWith(again.user, 'blue kettle')
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
})

test('a short or mistyped passcode is explained, and no lock is set', async () => {
  await seedWelcomed()
  const { user } = renderApp('/settings/privacy')
  await user.click(await screen.findByRole('button', { name: 'Set a passcode' }))
  const section = lockSection()
  await user.type(within(section).getByLabelText('New passcode'), '123')
  await user.click(within(section).getByRole('button', { name: 'Turn on app lock' }))
  expect(within(section).getByRole('alert')).toHaveTextContent('use at least 4 characters')
  expect(within(section).getByLabelText('New passcode')).toHaveAttribute('aria-invalid', 'true')

  await user.type(within(section).getByLabelText('New passcode'), '4')
  await user.type(within(section).getByLabelText('Type the new passcode again'), '1235')
  await user.click(within(section).getByRole('button', { name: 'Turn on app lock' }))
  expect(within(section).getByRole('alert')).toHaveTextContent('The two don’t match')
  expect(await readLock()).toBeNull()

  await user.click(within(section).getByRole('button', { name: 'Cancel' }))
  expect(within(section).getByRole('button', { name: 'Set a passcode' })).toBeInTheDocument()
  expect(await readLock()).toBeNull()
})

test('changing the passcode needs the current one', async () => {
  await seedWelcomed()
  const before = await seedLock('2468')
  const { user } = renderApp('/settings/privacy')
  await unlockWith(user, '2468')
  await user.click(await screen.findByRole('button', { name: 'Change passcode' }))
  const section = lockSection()

  await user.type(within(section).getByLabelText('Current passcode'), '1111')
  await user.type(within(section).getByLabelText('New passcode'), 'new one')
  await user.type(within(section).getByLabelText('Type the new passcode again'), 'new one')
  await user.click(within(section).getByRole('button', { name: 'Change passcode' }))
  const problem = await within(section).findByRole('alert')
  expect(problem).toHaveTextContent('That isn’t your current passcode.')
  // The form kit's way: focus goes to the problem, and the field it is about says so too.
  await waitFor(() => expect(problem).toHaveFocus())
  expect(within(section).getByLabelText('Current passcode')).toBeInvalid()
  expect(within(section).getByLabelText('Current passcode')).toHaveAccessibleDescription(
    'That isn’t your current passcode.',
  )
  expect(within(section).getByLabelText('New passcode')).toHaveValue('new one')
  // Nothing changed but the count of wrong tries, shared with the lock screen.
  expect(await readLock()).toEqual({
    ...before,
    failedAttempts: 1,
    lastFailedAt: expect.any(String),
  })

  await user.clear(within(section).getByLabelText('Current passcode'))
  await user.type(within(section).getByLabelText('Current passcode'), '2468')
  await user.click(within(section).getByRole('button', { name: 'Change passcode' }))
  await expectStatus('Passcode changed.')
  const after = await readLock()
  expect(after).toMatchObject({ iterations: PBKDF2_ITERATIONS, autoLockMinutes: 5 })
  expect(after?.salt).not.toBe(before.salt)
  expect(after && (await checkPasscode(after, 'new one'))).toBe(true)
  expect(after && (await checkPasscode(after, '2468'))).toBe(false)
})

test('turning the lock off needs the current passcode', async () => {
  await seedWelcomed()
  await seedLock('2468')
  const { user } = renderApp('/settings/privacy')
  await unlockWith(user, '2468')
  await user.click(await screen.findByRole('button', { name: 'Turn off app lock' }))
  const section = lockSection()

  await user.click(within(section).getByRole('button', { name: 'Turn off app lock' }))
  expect(within(section).getByRole('alert')).toHaveTextContent('Enter your current passcode.')
  await user.type(within(section).getByLabelText('Current passcode'), '8642')
  await user.click(within(section).getByRole('button', { name: 'Turn off app lock' }))
  expect(await within(section).findByRole('alert')).toHaveTextContent(
    'That isn’t your current passcode.',
  )
  expect(await readLock()).not.toBeNull()

  await user.clear(within(section).getByLabelText('Current passcode'))
  await user.type(within(section).getByLabelText('Current passcode'), '2468')
  await user.click(within(section).getByRole('button', { name: 'Turn off app lock' }))
  await expectStatus('App lock is off.')
  expect(await readLock()).toBeNull()
  expect(await within(section).findByRole('button', { name: 'Set a passcode' })).toBeInTheDocument()
})

test('turning the lock off shares the lock screen’s back-off: after three wrong tries it waits', async () => {
  await seedWelcomed()
  await seedLock('2468')
  const { user } = renderApp('/settings/privacy')
  await unlockWith(user, '2468')
  await user.click(await screen.findByRole('button', { name: 'Turn off app lock' }))
  const section = lockSection()
  const field = within(section).getByLabelText('Current passcode')
  for (const wrong of ['1111', '2222', '3333']) {
    await user.clear(field)
    await user.type(field, wrong)
    await user.click(within(section).getByRole('button', { name: 'Turn off app lock' }))
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'That isn’t your current passcode.',
    )
  }
  await user.clear(field)
  await user.type(field, '2468')
  await user.click(within(section).getByRole('button', { name: 'Turn off app lock' }))
  // Not "didn't match": the right passcode was not checked at all, and the person is told why.
  expect(await within(section).findByRole('alert')).toHaveTextContent(
    /Steady waits a little before checking again\. Try again in 30 seconds\./,
  )
  expect(await readLock()).toMatchObject({ failedAttempts: 3 })
})

test('the lock settings say plainly what is protected and what is not', async () => {
  await seedWelcomed()
  await seedLock('2468')
  const { user } = renderApp('/settings/privacy')
  await unlockWith(user, '2468')
  const section = await screen.findByRole('region', { name: 'App lock' })
  expect(
    within(section).getByText(/everything you write is encrypted on this device/),
  ).toBeInTheDocument()
  expect(
    within(section).getByText(/journal entries and letters with their tags/),
  ).toBeInTheDocument()
  await user.click(within(section).getByText('What the lock doesn’t protect'))
  for (const caveat of [
    /Dates and times, moods, ratings, counts and ticks stay readable/,
    /which entries share\s+a tag, though not what the tag says/,
    /a short PIN can be guessed/,
    /Words written before you turned the lock on can linger/,
    /clear Steady’s site data/,
  ]) {
    expect(within(section).getByText(caveat)).toBeVisible()
  }
})

test('when Steady locks again can be changed at any time', async () => {
  await seedWelcomed()
  await seedLock('2468', { autoLockMinutes: 5 })
  const { user } = renderApp('/settings/privacy')
  await unlockWith(user, '2468')
  const section = await screen.findByRole('region', { name: 'App lock' })
  expect(within(section).getByRole('radio', { name: 'After 5 minutes' })).toBeChecked()
  expect(within(section).getByText(/again after 5 minutes away/)).toBeInTheDocument()

  await user.click(within(section).getByRole('radio', { name: 'Immediately' }))
  await expectStatus('Saved. Steady locks as soon as you leave it.')
  expect(await readLock()).toMatchObject({ autoLockMinutes: 0 })
  // The radio follows the stored row through a live query: it may re-render a moment later.
  await waitFor(() =>
    expect(within(section).getByRole('radio', { name: 'Immediately' })).toBeChecked(),
  )
})

test('over plain http the lock and encrypted backups say they can’t work here, and why', async () => {
  await seedWelcomed()
  // What a phone reaching a computer on the LAN over http gets: no secure context, no WebCrypto.
  vi.stubGlobal('isSecureContext', false)
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  const { router } = renderApp('/settings/privacy')
  const section = await screen.findByRole('region', { name: 'App lock' })
  expect(within(section).getByRole('note')).toHaveTextContent(
    /The app lock can’t work here\. This page was opened over plain http, not https/,
  )
  expect(within(section).queryByRole('button', { name: 'Set a passcode' })).not.toBeInTheDocument()
  await act(() => router.navigate('/settings/backup'))
  expect(await screen.findByText(/Encrypted backups can’t work here/)).toBeInTheDocument()
})

test('with something in every table, turning the lock on, changing the passcode and turning it off keep every word', async () => {
  await seedEveryTable(2)
  await seedWelcomed()
  const before = await readEveryTable()
  const first = renderApp('/settings/privacy')
  await first.user.click(await screen.findByRole('button', { name: 'Set a passcode' }))
  const section = lockSection()
  await first.user.type(within(section).getByLabelText('New passcode'), 'blue kettle')
  await first.user.type(
    within(section).getByLabelText('Type the new passcode again'),
    'blue kettle',
  )
  await first.user.click(within(section).getByRole('button', { name: 'Turn on app lock' }))
  await expectStatus('App lock is on. Everything you’ve written is encrypted')
  expect((await sensitiveFieldsByState()).clear).toEqual([])

  await first.user.click(within(section).getByRole('button', { name: 'Change passcode' }))
  await first.user.type(within(section).getByLabelText('Current passcode'), 'blue kettle')
  await first.user.type(within(section).getByLabelText('New passcode'), 'green door')
  await first.user.type(within(section).getByLabelText('Type the new passcode again'), 'green door')
  await first.user.click(within(section).getByRole('button', { name: 'Change passcode' }))
  await expectStatus('Passcode changed.')
  first.unmount()

  dropDataKey()
  const again = renderApp('/settings/privacy')
  await unlockWith(again.user, 'green door')
  expect(await readEveryTable()).toEqual(before)
  await again.user.click(await screen.findByRole('button', { name: 'Turn off app lock' }))
  await again.user.type(within(lockSection()).getByLabelText('Current passcode'), 'green door')
  await again.user.click(within(lockSection()).getByRole('button', { name: 'Turn off app lock' }))
  await expectStatus('App lock is off.')
  expect((await sensitiveFieldsByState()).sealed).toEqual([])
  expect(await readEveryTable()).toEqual(before)
})
