// The stylesheet is inlined into index.html (the first paint waits for no file) and allowed by its
// hash: the page must be styled with the real headers applied — the server sends deploy/headers.mjs,
// whose hash must be the one the build computed, or the browser drops the <style> and Steady renders
// unstyled.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { DIST_V1 } from './support/tools'

test('the inlined stylesheet applies under the CSP header and the meta tag', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/')
  const header = response?.headers()['content-security-policy'] ?? ''
  const html = readFileSync(join(DIST_V1, 'index.html'), 'utf8')
  expect(html).not.toMatch(/<link rel="stylesheet"/)
  const hash = /style-src 'self' '(sha256-[A-Za-z0-9+/=]+)'/.exec(header)?.[1]
  expect(hash, 'the header allows the inlined style by its hash').toBeDefined()
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    new RegExp(`style-src 'self' '${hash!.replace(/[+/=]/g, '\\$&')}';`),
  )
  expect(header).not.toContain('unsafe-inline')

  // Styled: the bottom bar is laid out by the stylesheet (fixed to the bottom), not the browser's defaults.
  const nav = page.getByRole('navigation', { name: 'Main' })
  await page.getByRole('button', { name: 'Skip for now' }).click()
  await expect(nav).toBeVisible()
  expect(await nav.evaluate((element) => getComputedStyle(element).position)).toBe('fixed')
  // A browser's own body margin is 8px; Steady's is none.
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px')
  expect(violations).toEqual([])
})
