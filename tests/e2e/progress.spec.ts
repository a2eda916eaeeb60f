// Progress with a year of someone's days, offline: every chart is named by its takeaway, says it in
// a caption too, and opens as a table with the data; the Year in Pixels is a real table.
import type { Page } from '@playwright/test'
import { expectNoNetwork, makeControlled, skipWelcome } from './support/app'
import { expect, test } from './support/fixtures'

interface SeedModule {
  seedProgressData(page: Page, options?: { years?: number; reload?: boolean }): Promise<void>
}
// Loaded by URL so TypeScript does not look for declaration files; the interface is the contract.
const { seedProgressData } = (await import(
  new URL('../tools/seed-progress.mjs', import.meta.url).href
)) as SeedModule

test('a year of data: Progress opens offline, each chart with its takeaway and its table', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000)
  await skipWelcome(page)
  await makeControlled(page)
  // Written beside the app once its database exists, then the page reloads: the app reads the year
  // fresh (it holds no query results from before), still controlled by the service worker.
  await seedProgressData(page, { years: 1 })
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  await expectNoNetwork(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journey' })
    .click()
  await page.getByRole('link', { name: /^Your progress/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()

  // Mood, the count history, urges, the walk's strength, outings and the wellbeing trend.
  const figures = page.getByRole('figure')
  await expect(figures).toHaveCount(6)
  await expect(page.getByRole('img', { name: /^Your mood (rose|went|held)/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /^Your current count/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /urges? noted this week/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /^A walk outside: strength/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /outings? this month/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /^Over \d+ checks/ })).toBeVisible()

  for (let i = 0; i < 6; i++) {
    const figure = figures.nth(i)
    const takeaway = await figure.getByRole('img').getAttribute('aria-label')
    // The caption everyone sees says what the picture's name says.
    await expect(figure.locator('figcaption')).toHaveText(takeaway ?? 'missing')
    await expect(figure.getByRole('table')).toBeHidden()
    await figure.getByText('Show as table').click()
    const table = figure.getByRole('table')
    await expect(table).toBeVisible()
    expect(await table.getByRole('row').count()).toBeGreaterThan(2)
  }

  // A year of days by month, and the walk's days against the others.
  await page.getByRole('radio', { name: 'Year' }).click()
  await expect(page.getByRole('img', { name: /over the last year$/ })).toBeVisible()
  const year = new Date().getFullYear()
  const pixels = page.getByRole('table', { name: new RegExp(`^Your year in pixels, ${year}`) })
  await expect(pixels.getByRole('row')).toHaveCount(32)
  await expect(pixels.getByText('Not a day')).toHaveCount(
    new Date(year, 1, 29).getDate() === 29 ? 6 : 7,
  )
  await expect(
    page.getByText(/^On days you ticked “A walk outside”, your mood averaged/),
  ).toBeVisible()
  await expect(page.getByText(/score/i)).toHaveCount(0)
})
