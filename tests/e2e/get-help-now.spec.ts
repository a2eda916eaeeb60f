// Get help now needs no data and no network: it opens from the lock screen and from the screen that
// explains storage is blocked, offline, at 320 px, with no axe violations; and /support itself
// still opens when storage is blocked.
import type { Page } from '@playwright/test'
import { expectLocked, expectNoNetwork, makeControlled, skipWelcome, turnOnLock } from './support/app'
import { describeViolations, findViolations } from './support/axe'
import { measureOverflow, overflows } from './support/audits'
import { expect, test } from './support/fixtures'

const NARROW = { width: 320, height: 640 }

/** Every IndexedDB open fails, as in a private window that refuses storage. */
async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The user denied permission to store data', 'SecurityError')
    }
    Object.defineProperty(IDBFactory.prototype, 'open', { value: refuse, configurable: true })
  })
}

async function expectHelpOpen(page: Page) {
  const help = page.getByRole('dialog', { name: /You don’t have to get through/ })
  await expect(help).toBeVisible()
  await expect(help.getByRole('heading', { name: 'Talk to someone now' })).toBeVisible()
  await expect(help.getByRole('link', { name: /Call 112/ })).toHaveAttribute('href', 'tel:112')
  // A stray tap on its text leaves it open.
  await help.getByText(/one step at a time/).click()
  await expect(help).toBeVisible()
  const overflow = await measureOverflow(page)
  expect(overflows(overflow, NARROW.width), `scrolls sideways: ${JSON.stringify(overflow)}`).toBe(
    false,
  )
  const violations = await findViolations(page, 'Get help now')
  expect(violations, describeViolations(violations)).toEqual([])
  return help
}

test('from the lock screen, offline, at 320 px: Get help now opens without the passcode', async ({
  page,
  context,
}) => {
  await page.setViewportSize(NARROW)
  await skipWelcome(page)
  await makeControlled(page)
  await turnOnLock(page, '2468')
  await context.setOffline(true)
  await expectNoNetwork(page)
  await page.reload()
  await expectLocked(page)

  await page.getByRole('button', { name: 'Get help now' }).click()
  const help = await expectHelpOpen(page)
  await expect(help.getByText(/once Steady is unlocked/)).toBeVisible()
  await help.getByRole('button', { name: 'Close' }).first().click()
  await expect(help).toHaveCount(0)
  await expectLocked(page)
})

test('when storage is blocked, offline, at 320 px: Get help now and /support still work', async ({
  page,
  context,
}) => {
  await page.setViewportSize(NARROW)
  // Install the app (and its precache) first, then the browser starts refusing storage.
  await skipWelcome(page)
  await makeControlled(page)
  await blockStorage(page)
  await context.setOffline(true)
  await expectNoNetwork(page)

  await page.reload()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Steady can’t store anything right now' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Get help now' }).click()
  const help = await expectHelpOpen(page)
  await expect(help.getByRole('heading', { name: 'Your plan for hard moments' })).toHaveCount(0)
  await help.getByRole('button', { name: 'Close' }).first().click()

  await page.goto('/support')
  await expect(page.getByRole('heading', { level: 1, name: 'When it’s very hard' })).toBeVisible()
  await expect(page.getByText(/your own plan isn’t shown here/)).toBeVisible()
  await expect(page.getByRole('link', { name: /Call 112/ })).toHaveAttribute('href', 'tel:112')
  const violations = await findViolations(page, '/support without storage')
  expect(violations, describeViolations(violations)).toEqual([])
})
