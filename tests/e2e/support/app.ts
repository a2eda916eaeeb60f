// Steps through the app the way a person does (roles and labels), plus the few things only the page
// itself can tell: the service worker's state and what Dexie has written to IndexedDB.
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export const MOODS = ['Very low', 'Low', 'Okay', 'Good', 'Very good'] as const
export type MoodLabel = (typeof MOODS)[number]

export const TEXT_LABEL = 'Write as much or as little as you like'

/** Today has finished loading: its greeting and either the composer or the summary are on screen. */
export async function expectToday(page: Page, state: 'composing' | 'checked-in' | 'any' = 'any') {
  await expect(page).toHaveURL(/\/(\?.*)?$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const heading =
    state === 'composing'
      ? page.getByRole('heading', { name: 'How are you right now?' })
      : state === 'checked-in'
        ? page.getByRole('heading', { name: 'You checked in today' })
        : page.getByRole('heading', {
            name: /How are you right now\?|You checked in today|Add an entry/,
          })
  await expect(heading).toBeVisible()
}

/**
 * Leaves the welcome without names: it shows the journey's path first (where to begin), and Today
 * is one tap away from there.
 */
export async function leaveWelcome(page: Page) {
  await page.getByRole('button', { name: 'Skip for now' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your journey' })).toBeVisible()
  await page.getByRole('link', { name: 'Or go to Today and check in first' }).click()
  await expectToday(page, 'composing')
}

/** First run without names: open the app, get sent to the welcome, skip it, land on Today. */
export async function skipWelcome(page: Page) {
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)
  await expect(page).toHaveTitle(/Steady/)
  await leaveWelcome(page)
}

/** Saves today's check-in from the composer on Today. */
export async function checkIn(page: Page, { mood, text }: { mood?: MoodLabel; text?: string }) {
  if (mood) await page.getByRole('radio', { name: mood, exact: true }).check()
  if (text !== undefined) await page.getByLabel(TEXT_LABEL).fill(text)
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expectToday(page, 'checked-in')
}

/** The registration's worker has finished activating (ready can resolve while it still activates). */
export async function waitForActiveServiceWorker(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (!worker || worker.state === 'activated') return
    await new Promise<void>((resolve) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') resolve()
      })
    })
  })
}

/**
 * With registerType 'prompt' the first load is never controlled: once the worker is active (and so
 * everything is precached), reload until the page is controlled by it.
 */
export async function makeControlled(page: Page) {
  await waitForActiveServiceWorker(page)
  await expect(async () => {
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  }).toPass({ timeout: 10_000 })
}

export interface StoredDraft {
  text: string
  mood: number | null
  /** Every field of the draft, for forms other than the composer (`note` of a contact…). */
  fields: Record<string, unknown>
}

/**
 * A draft's text and mood (Today's composer, `new-entry`, by default) as stored in IndexedDB right now, read with the plain
 * IndexedDB API so the app's own code is not involved. Null when there is none.
 */
export async function readStoredDraft(page: Page, id = 'new-entry'): Promise<StoredDraft | null> {
  return page.evaluate(async (draftId) => {
    // Opening a database that does not exist would create it: only look once the app has made it.
    const known = await indexedDB.databases()
    if (!known.some((database) => database.name === 'steady')) return null
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('steady')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      if (!database.objectStoreNames.contains('drafts')) return null
      type Row = { fields: { text: string; mood?: number | null } & Record<string, unknown> }
      const row = await new Promise<Row | undefined>((resolve, reject) => {
        const request = database
          .transaction('drafts', 'readonly')
          .objectStore('drafts')
          .get(draftId)
        request.onsuccess = () => resolve(request.result as Row | undefined)
        request.onerror = () => reject(request.error)
      })
      return row
        ? { text: row.fields.text, mood: row.fields.mood ?? null, fields: row.fields }
        : null
    } finally {
      database.close()
    }
  }, id)
}

/** Waits until the composer's debounced draft write has reached IndexedDB with exactly `text`. */
export async function waitForStoredDraft(page: Page, text: string) {
  await expect
    .poll(async () => (await readStoredDraft(page))?.text, {
      message: 'the draft was never written to IndexedDB',
    })
    .toBe(text)
}

/** The fetch of a URL that is in no cache fails: the page really has no network. */
export async function expectNoNetwork(page: Page) {
  const outcome = await page.evaluate(async () => {
    try {
      const response = await fetch(`/definitely-not-cached-${Date.now()}`, { cache: 'no-store' })
      return `answered ${response.status}`
    } catch (error) {
      return `failed: ${String(error)}`
    }
  })
  expect(outcome, 'a request for an uncached URL should fail while offline').toMatch(/^failed/)
}

/**
 * Picks a theme in Settings → Appearance (opened from Settings, or straight away from anywhere else).
 * The radio follows the stored setting, so it shows as checked only after the IndexedDB write:
 * click, then wait for it, instead of check() which expects an instant change.
 */
export async function chooseTheme(page: Page, theme: 'Same as my phone' | 'Light' | 'Dark') {
  if (/\/settings$/.test(page.url())) await page.getByRole('link', { name: /^Appearance/ }).click()
  else if (!/\/settings\/appearance$/.test(page.url())) await page.goto('/settings/appearance')
  const radio = page.getByRole('radio', { name: theme })
  await radio.click()
  await expect(radio).toBeChecked()
}

/**
 * Turns the app lock on in Settings → Privacy & lock with `passcode` (the auto-lock stays at its
 * default). With `formOpen`, the page is already there with the passcode form showing.
 */
export async function turnOnLock(
  page: Page,
  passcode: string,
  { formOpen = false }: { formOpen?: boolean } = {},
) {
  if (!formOpen) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click()
    await page.getByRole('link', { name: /^Privacy & lock/ }).click()
    await page.getByRole('button', { name: 'Set a passcode' }).click()
  }
  await page.getByLabel('New passcode', { exact: true }).fill(passcode)
  await page.getByLabel('Type the new passcode again').fill(passcode)
  await page.getByRole('button', { name: 'Turn on app lock' }).click()
  // Hashing with 600,000 PBKDF2 iterations takes a moment on a slow machine.
  await expect(page.getByText('App lock is on.', { exact: false })).toBeVisible({ timeout: 15_000 })
}

/** The lock screen is showing, and nothing of the app behind it. */
export async function expectLocked(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Steady is locked' })).toBeVisible()
  await expect(page.getByLabel('Passcode', { exact: true })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
}

/**
 * Every row of one IndexedDB object store of Steady's database, read with the plain IndexedDB API.
 * An empty list when the database or the store does not exist (yet).
 */
export async function readStoredRows(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(async (storeName) => {
    const known = await indexedDB.databases()
    if (!known.some((database) => database.name === 'steady')) return []
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('steady')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      if (!database.objectStoreNames.contains(storeName)) return []
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(storeName, 'readonly').objectStore(storeName).getAll()
        request.onsuccess = () => resolve(request.result as unknown[])
        request.onerror = () => reject(request.error)
      })
    } finally {
      database.close()
    }
  }, store)
}
