// The no-contact tracker in Chromium: start from an earlier day, log an urge and a contact, then go
// offline and reload: the counts are still right. Its screens' audits are in tests/e2e/support/screens.ts.
import type { Page } from '@playwright/test'
import { makeControlled, skipWelcome } from './support/app'
import { expect, test } from './support/fixtures'

function daysAgo(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() - days)
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

async function expectCount(page: Page, text: string | RegExp) {
  await expect(
    page.getByRole('region', { name: 'Your count' }).getByText(text, { exact: true }),
  ).toBeVisible()
}

test('start, log an urge and a contact, reload offline: the counts are right', async ({
  page,
  context,
}) => {
  await skipWelcome(page)
  await makeControlled(page)

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journey' })
    .click()
  await page.getByRole('link', { name: /^Give space/ }).click()
  await page.getByRole('radio', { name: /An earlier day/ }).check()
  await page.getByLabel('Day of the last contact').fill(daysAgo(10))
  await page.getByRole('button', { name: 'Start counting' }).click()
  await expectCount(page, '10 days')

  // An urge, straight to the log step.
  await page.getByRole('link', { name: 'I want to text them' }).click()
  await page.getByRole('button', { name: 'Skip the wait' }).click()
  await page.getByRole('button', { name: 'Skip this step' }).click()
  await page.getByRole('radio', { name: '6', exact: true }).check()
  await page.getByLabel('What set it off?').fill('A photo came up')
  await page.getByRole('button', { name: 'Save the urge' }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'You made space for yourself' }),
  ).toBeVisible()

  // The ex reached out; no reply: the count keeps going.
  await page.goto('/journey/no-contact/contacts/new')
  await page.getByRole('radio', { name: 'Your ex did' }).check()
  await page.getByRole('radio', { name: 'Social media' }).check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Logged. Your count keeps going.')).toBeVisible()
  await expectCount(page, '10 days')

  await context.setOffline(true)
  await page.reload()
  await expectCount(page, '10 days')
  await expect(page.getByText('Your ex reached out; you didn’t reply')).toBeVisible()
  await expect(page.getByRole('link', { name: /A photo came up/ })).toBeVisible()
  await expect(page.getByText('Next milestone: 14 days (4 to go)')).toBeVisible()

  // A reply, logged offline, restarts the count and keeps the history.
  await page.getByRole('link', { name: 'Log contact' }).click()
  await page.getByRole('radio', { name: 'I did' }).check()
  await page.getByRole('button', { name: 'Save' }).click()
  // A restart is said calmly: "Day 1 · started 15:14", and the longest stretch beside it.
  await expectCount(page, /^Day 1 · started \d{1,2}:\d{2}/)
  await expect(page.getByText('Your longest: 10 days')).toBeVisible()
  await expect(page.getByText('Less than an hour')).toHaveCount(0)
})
