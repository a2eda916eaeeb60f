// axe-core on every screen of the app, in the light and the dark colour scheme, and with the dark
// theme chosen in Settings while the phone is light. Any violation fails, with a report to fix it.
import type { Page } from '@playwright/test'
import { chooseTheme, SCREEN_COUNT, visitEveryScreen } from './support/app'
import { describeViolations, findViolations, type Violation } from './support/axe'
import { expect, test } from './support/fixtures'

const BACKGROUND = { light: 'rgb(247, 244, 239)', dark: 'rgb(18, 26, 26)' }

async function expectBackground(page: Page, scheme: 'light' | 'dark') {
  // Proves the colours under test really are the intended theme's.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(BACKGROUND[scheme])
}

async function auditEveryScreen(page: Page, scheme: 'light' | 'dark') {
  const violations: Violation[] = []
  const screens: string[] = []
  await visitEveryScreen(page, async (screen) => {
    await expectBackground(page, scheme)
    screens.push(screen)
    violations.push(...(await findViolations(page, screen)))
  })
  expect(screens).toHaveLength(SCREEN_COUNT)
  if (violations.length > 0)
    console.log(`axe violations (${scheme}):\n${describeViolations(violations)}`)
  expect(violations, describeViolations(violations)).toEqual([])
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations on any screen, ${scheme} colour scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await auditEveryScreen(page, scheme)
  })
}

test('no axe violations on any screen with the Dark theme chosen while the phone is light', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/welcome')
  await page.getByRole('button', { name: 'Skip for now' }).click()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await expectBackground(page, 'light')
  await chooseTheme(page, 'Dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expectBackground(page, 'dark')
  await auditEveryScreen(page, 'dark')
})
