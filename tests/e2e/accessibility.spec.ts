// axe-core on every screen of the registry (tests/e2e/support/screens.ts), in the light and the dark
// colour scheme, and with the Dark theme chosen in Settings while the phone is light. Any violation
// fails, with a report to fix it.
import type { Page } from '@playwright/test'
import { chooseTheme } from './support/app'
import { describeViolations, findViolations, type Violation } from './support/axe'
import { expect, test } from './support/fixtures'
import { screenNames, walkScreens, type WalkOptions } from './support/screens'

const BACKGROUND = { light: 'rgb(247, 244, 239)', dark: 'rgb(18, 26, 26)' }

// One walk over every screen per test: far longer than a single flow.
test.setTimeout(240_000)

async function expectBackground(page: Page, scheme: 'light' | 'dark') {
  // Proves the colours under test really are the intended theme's.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(BACKGROUND[scheme])
}

async function auditEveryScreen(page: Page, scheme: 'light' | 'dark', options?: WalkOptions) {
  const violations: Violation[] = []
  const visited = await walkScreens(
    page,
    async (screen) => {
      await expectBackground(page, scheme)
      violations.push(...(await findViolations(page, screen.name)))
    },
    options,
  )
  expect(visited).toEqual(screenNames(options))
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
  // The theme is a setting, chosen once the welcome is done: the welcome itself cannot have it.
  await auditEveryScreen(page, 'dark', {
    welcomedOnly: true,
    onWelcomed: async () => {
      await page.goto('/settings/appearance')
      await expectBackground(page, 'light')
      await chooseTheme(page, 'Dark')
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    },
  })
})
