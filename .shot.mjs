// Temporary: screenshots of Settings › Privacy & lock with the lock on (not committed).
import { chromium } from 'playwright-core'
import { startServer } from './tests/tools/serve.mjs'
import { CHROMIUM_ARGS } from './tests/tools/chromium.mjs'
const server = await startServer({ root: 'dist-e2e/v1', port: 0 })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
for (const scheme of ['light', 'dark']) {
  for (const width of [390, 320]) {
    const context = await browser.newContext({ viewport: { width, height: 1400 }, deviceScaleFactor: 1, colorScheme: scheme, locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${server.url}/`)
    await page.getByRole('button', { name: 'Skip for now' }).click()
    await page.getByRole('link', { name: 'Or go to Today and check in first' }).click()
    await page.goto(`${server.url}/settings/privacy`)
    await page.getByRole('button', { name: 'Set a passcode' }).click()
    await page.getByLabel('New passcode', { exact: true }).fill('blue kettle 1')
    await page.getByLabel('Type the new passcode again').fill('blue kettle 1')
    await page.getByRole('button', { name: 'Turn on app lock' }).click()
    await page.getByText('App lock is on.').waitFor({ timeout: 30000 })
    await page.getByText('What the lock doesn’t protect').click()
    await page.waitForTimeout(300)
    await page.locator('section, [role="region"]').filter({ hasText: 'What the lock doesn’t protect' }).first().screenshot({ path: `/tmp/crypto-shots/lock-${scheme}-${width}.png` })
    await context.close()
  }
}
await browser.close()
await server.close()
