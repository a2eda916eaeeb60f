// The breathing circle grows and shrinks, except when the phone asks for reduced motion.
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

async function startBreathing(page: Page) {
  await page.goto('/support')
  await expect(page.getByRole('heading', { level: 1, name: 'When it’s very hard' })).toBeVisible()
  await page.getByRole('button', { name: 'Start breathing' }).click()
  await expect(page.getByText('Breathe in for 4')).toBeVisible()
  const circle = page.locator('.breathing__circle')
  await expect(circle).toHaveClass(/breathing__circle--in/)
  return circle
}

const transformOf = (page: Page) =>
  page.locator('.breathing__circle').evaluate((element) => getComputedStyle(element).transform)

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })

  test('the breathing circle does not move', async ({ page }) => {
    await startBreathing(page)
    expect(await transformOf(page)).toBe('none')
    // Still none once the phase has been applied for a while (a transition would have begun).
    await expect(page.locator('.breathing__circle')).toHaveCSS('transform', 'none')
    await page.getByRole('button', { name: 'Stop' }).click()
    expect(await transformOf(page)).toBe('none')
  })
})

test.describe('without a preference', () => {
  test.use({ reducedMotion: 'no-preference' })

  test('the breathing circle is scaled (so the reduced-motion check above means something)', async ({
    page,
  }) => {
    await startBreathing(page)
    expect(await transformOf(page)).toMatch(/^matrix\(/)
  })
})
