// With the service worker in control, Steady works with no network at all: reloads, every screen
// (including the lazily loaded ones, straight from the precache) and a cold start in a new tab.
import type { Page } from '@playwright/test'
import { checkIn, expectNoNetwork, expectToday, makeControlled, skipWelcome } from './support/app'
import { expect, test } from './support/fixtures'

const TEXT = 'Offline and still here 🌙\nSecond line'

async function expectScreen(page: Page, path: string) {
  switch (path) {
    case '/':
      await expectToday(page, 'checked-in')
      await expect(page.locator('.check-in-summary__text')).toHaveText(TEXT)
      break
    case '/journal':
      await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
      await expect(page.getByRole('link', { name: /Offline and still here/ })).toBeVisible()
      break
    case '/support':
      await expect(
        page.getByRole('heading', { level: 1, name: 'When it’s very hard' }),
      ).toBeVisible()
      await expect(page.getByRole('button', { name: 'Start breathing' })).toBeVisible()
      break
    case '/settings':
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
      await expect(page.getByRole('link', { name: /^About/ })).toBeVisible()
      break
    case '/settings/about':
      await expect(page.getByRole('heading', { level: 1, name: 'About Steady' })).toBeVisible()
      await expect(page.getByText(/^Version .* \(e2e-1\)$/)).toBeVisible()
      break
    default:
      throw new Error(`No check for ${path}`)
  }
}

test('reloads, every screen and a cold start work offline', async ({ page, context }) => {
  await skipWelcome(page)
  await makeControlled(page)
  await checkIn(page, { mood: 'Okay', text: TEXT })

  await context.setOffline(true)
  await expectNoNetwork(page)

  await page.reload()
  await expectScreen(page, '/')

  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const [label, path] of [
    ['Journal', '/journal'],
    ['Support', '/support'],
    ['Settings', '/settings'],
    ['Today', '/'],
  ] as const) {
    await nav.getByRole('link', { name: label }).click()
    await expectScreen(page, path)
  }

  for (const path of ['/journal', '/support', '/settings', '/settings/about', '/']) {
    const response = await page.goto(path)
    // Answered by the service worker, not the network.
    expect(response?.fromServiceWorker(), `${path} should come from the service worker`).toBe(true)
    await expectScreen(page, path)
  }

  // A cold start: the tab is closed and the app opened again, still with no network.
  await page.close()
  const fresh = await context.newPage()
  await fresh.goto('/')
  await expectNoNetwork(fresh)
  await expectScreen(fresh, '/')
  await fresh
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click()
  await expectScreen(fresh, '/journal')
})
