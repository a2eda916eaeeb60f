// Habits in Chromium: add two, tick them on Today, go offline and reload: the ticks and the heat map
// are still there. Their screens' audits are in tests/e2e/support/screens.ts.
import { makeControlled, skipWelcome } from './support/app'
import { expect, test } from './support/fixtures'

test('tick habits offline, reload, and see them on Today and in the heat map', async ({
  page,
  context,
}) => {
  await skipWelcome(page)
  await makeControlled(page)

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journey' })
    .click()
  await page.getByRole('link', { name: /^Focus on yourself/ }).click()
  await page.getByRole('link', { name: 'Add a habit' }).click()
  await page.getByRole('button', { name: 'Add A walk outside' }).click()
  await expect(page.getByRole('region', { name: /A walk outside: the last/ })).toBeVisible()
  await page.goto('/journey/habits/new')
  await page.getByRole('button', { name: 'Add Journaling' }).click()
  await expect(page.getByRole('region', { name: /Journaling: the last/ })).toBeVisible()

  await context.setOffline(true)
  await page.goto('/')
  const walk = page.getByRole('button', { name: 'A walk outside' })
  const journaling = page.getByRole('button', { name: 'Journaling' })
  await walk.click()
  await expect(walk).toHaveAttribute('aria-pressed', 'true')
  // A quick double tap still leaves the habit ticked, once.
  await journaling.dblclick()
  await expect(journaling).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText('All done for today. Well looked after.')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('button', { name: 'A walk outside' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByRole('button', { name: 'Journaling' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  await page.goto('/journey/habits')
  await page.getByRole('link', { name: /A walk outside/ }).click()
  await page.reload()
  const map = page.getByRole('region', { name: 'A walk outside: the last 20 weeks' })
  await expect(map).toBeVisible()
  await expect(
    map.getByRole('table', { name: 'A walk outside: done 1 of the 1 day since you started' }),
  ).toBeVisible()
  await expect(map.getByRole('cell', { name: /: done$/ })).toHaveCount(1)
  // The newest week is in view at 390 px: the map opens scrolled to today.
  await expect(map.getByRole('cell', { name: /: done$/ })).toBeInViewport()
})
