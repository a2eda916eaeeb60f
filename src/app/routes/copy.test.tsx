// The trial's notes on the app's words: the promise that nothing leaves the phone is said where it
// matters (the welcome, and About in Settings), not on every screen; no developer words.
import { cleanup, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const PROMISE = /never sends anything|nothing is ever sent|sent anywhere/

/** The screen at `path`, once its title has painted. */
async function open(path: string, heading: string | RegExp) {
  renderApp(path)
  await screen.findByRole('heading', { level: 1, name: heading })
}

test('the promise that nothing is sent is on the welcome and in About, and nowhere else', async () => {
  await open('/welcome', 'Welcome to Steady')
  expect(screen.getByText(PROMISE)).toBeInTheDocument()
  cleanup()

  await seedWelcomed({ userName: 'Sam' })
  await open('/settings/about', 'About Steady')
  expect(screen.getByText(PROMISE)).toBeInTheDocument()
  cleanup()

  for (const [path, heading] of [
    ['/', /Sam$/],
    ['/journal', 'Journal'],
    ['/journey/no-contact', 'No contact'],
    ['/support', 'When it’s very hard'],
    ['/settings', 'Settings'],
    ['/settings/privacy', 'Privacy & lock'],
    ['/settings/backup', 'Backup & restore'],
    ['/settings/storage', 'Storage'],
  ] as const) {
    await open(path, heading)
    expect(screen.queryByText(PROMISE), path).not.toBeInTheDocument()
    cleanup()
  }
})

test('storage is described in the person’s words, never the browser’s', async () => {
  await seedWelcomed({ persistence: 'denied' })
  await open('/settings/storage', 'Storage')
  await screen.findByText('Safe from clearing')
  const words = document.querySelector('main')?.textContent ?? ''
  expect(words).not.toMatch(/Protected storage|Not granted|\(yet\)|persisted|IndexedDB|quota/i)
})
