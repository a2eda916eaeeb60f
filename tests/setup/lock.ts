import { act, screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { db } from '@/db/db'
import type { AppLock } from '@/db/types'
import { dropDataKey, setDataKey } from '@/db/vault'
import { makeLock } from '@/features/lock/data/lock'
import { updateSettings } from '@/hooks/use-settings'

/**
 * PBKDF2 at the app's 600,000 iterations takes a noticeable moment per try in Node. Unlocking honours
 * the count stored with the lock, so locks seeded for tests use this instead; the tests of turning
 * the lock on and changing the passcode check that the app itself always uses the full count.
 */
export const TEST_ITERATIONS = 1_000

/**
 * Stores a lock for `passcode`, as if it had been turned on in Settings and Steady then closed:
 * whatever is in the database by now is encrypted with its key, and no key is left in memory.
 */
export async function seedLock(passcode: string, overrides: Partial<AppLock> = {}) {
  const made = await makeLock(passcode, { autoLockMinutes: 5, iterations: TEST_ITERATIONS })
  const lock = { ...made.lock, ...overrides }
  setDataKey(made.key)
  try {
    await updateSettings({ lock })
    // Rows seeded before the lock are sealed now, as turning it on would have done.
    for (const table of db.tables) {
      if (table.name !== 'settings') await table.bulkPut(await table.toArray())
    }
  } finally {
    dropDataKey()
  }
  return lock
}

/** Types the passcode on the lock screen and waits for the app behind it. */
export async function unlockWith(user: UserEvent, passcode: string) {
  await user.type(await screen.findByLabelText('Passcode'), passcode)
  await user.click(screen.getByRole('button', { name: 'Unlock' }))
  await screen.findByRole('navigation', { name: 'Main' })
}

let visibility: DocumentVisibilityState = 'visible'

/** Plays the page being hidden (another app, the home screen) or shown again, as the browser does. */
export async function setPageVisibility(state: DocumentVisibilityState) {
  visibility = state
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
  // Awaited: what it sets off (locking, the app coming back) may suspend on lazy screens.
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'))
  })
}

/** Back to jsdom's own (always visible) page. */
export function resetPageVisibility() {
  Reflect.deleteProperty(document, 'visibilityState')
  visibility = 'visible'
}

/** Like `seedLock`, but this tab stays unlocked (the key in memory), as right after turning it on. */
export async function seedUnlockedLock(passcode: string) {
  const made = await makeLock(passcode, { autoLockMinutes: 5, iterations: TEST_ITERATIONS })
  setDataKey(made.key)
  await updateSettings({ lock: made.lock })
  for (const table of db.tables) {
    if (table.name !== 'settings') await table.bulkPut(await table.toArray())
  }
  return made.lock
}
