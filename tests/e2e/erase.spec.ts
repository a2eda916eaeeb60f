// Delete everything, from Settings and from a forgotten passcode: typed DELETE, back at the welcome,
// nothing left in IndexedDB or Web Storage, no cache but the app's own files, and Steady still
// opens offline afterwards.
import type { Page } from '@playwright/test'
import {
  checkIn,
  expectLocked,
  leaveWelcome,
  makeControlled,
  readStoredRows,
  skipWelcome,
  turnOnLock,
} from './support/app'
import { expect, test } from './support/fixtures'

function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys())
}

async function expectNothingLeft(page: Page) {
  await expect(page).toHaveURL(/\/welcome$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Steady' })).toBeVisible()
  for (const store of ['settings', 'entries', 'drafts']) {
    expect(await readStoredRows(page, store), store).toEqual([])
  }
  // Steady writes its theme mirror again as it starts; what was there before is gone.
  expect(
    await page.evaluate(() => [
      localStorage.getItem('steady-marker'),
      sessionStorage.getItem('steady-marker'),
    ]),
  ).toEqual([null, null])
}

/** Something in Web Storage that only an erase removes. */
async function markWebStorage(page: Page) {
  await page.evaluate(() => {
    localStorage.setItem('steady-marker', 'before')
    sessionStorage.setItem('steady-marker', 'before')
  })
}

test('delete everything in Settings: typed DELETE, then a fresh start that still works offline', async ({
  page,
  context,
}) => {
  await skipWelcome(page)
  await makeControlled(page)
  await checkIn(page, { mood: 'Low', text: 'Soon gone' })
  // A cache beside the app's own files (as a later version might keep): it must go too.
  await page.evaluate(async () => {
    const cache = await caches.open('steady-extra')
    await cache.put('/extra', new Response('kept?'))
  })
  expect(await cacheNames(page)).toContain('steady-extra')
  await markWebStorage(page)

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByRole('link', { name: /^Delete everything/ }).click()
  const section = page.getByRole('main')
  const button = section.getByRole('button', { name: 'Delete everything' })
  await expect(button).toBeDisabled()
  await section.getByLabel('Type DELETE to confirm').fill('delete')
  await button.click()

  await expectNothingLeft(page)
  const names = await cacheNames(page)
  expect(names).not.toContain('steady-extra')
  expect(names.every((name) => name.startsWith('workbox-precache'))).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Steady' })).toBeVisible()
  await leaveWelcome(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click()
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible()
})

test('a forgotten passcode: deleting everything from the lock screen starts Steady afresh', async ({
  page,
}) => {
  await skipWelcome(page)
  await checkIn(page, { mood: 'Okay', text: 'Behind the lock' })
  await turnOnLock(page, 'forgotten words')
  await markWebStorage(page)
  await page.reload()
  await expectLocked(page)

  await page.getByRole('button', { name: 'Forgot your passcode?' }).click()
  await expect(page.getByText(/can’t show it or reset it/)).toBeVisible()
  await page.getByLabel('Type DELETE to confirm').fill('DELETE')
  await page.getByRole('button', { name: 'Delete everything' }).click()

  await expectNothingLeft(page)
  await leaveWelcome(page)
  await expect(page.getByText('Behind the lock')).toHaveCount(0)
})

test('a second tab open during the erase lets it happen and says what happened', async ({
  page,
  context,
}) => {
  await skipWelcome(page)
  await checkIn(page, { mood: 'Good', text: 'Open in two tabs' })
  const other = await context.newPage()
  await other.goto('/journal')
  await expect(other.getByRole('link', { name: /Open in two tabs/ })).toBeVisible()

  await page.goto('/settings/delete')
  const section = page.getByRole('main')
  await section.getByLabel('Type DELETE to confirm').fill('DELETE')
  await section.getByRole('button', { name: 'Delete everything' }).click()
  await expectNothingLeft(page)

  await expect(
    other.getByRole('heading', { level: 1, name: 'Everything was deleted' }),
  ).toBeVisible()
  await expect(other.getByText('Open in two tabs')).toHaveCount(0)
  await other.getByRole('button', { name: 'Start again' }).click()
  await expect(other.getByRole('heading', { level: 1, name: 'Welcome to Steady' })).toBeVisible()
})
