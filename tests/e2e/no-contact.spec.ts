// The no-contact tracker in Chromium: start from an earlier day, log an urge and a contact, then go
// offline and reload: the counts are still right. Axe-clean and no sideways scrolling at 320 and 390 px.
import type { Page } from '@playwright/test'
import { makeControlled, skipWelcome } from './support/app'
import { describeViolations, findViolations } from './support/axe'
import { expect, test } from './support/fixtures'

function daysAgo(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() - days)
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

async function expectCount(page: Page, text: string) {
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
  await page.getByRole('link', { name: 'Open the no-contact tracker' }).click()
  await page.getByRole('radio', { name: /An earlier day/ }).check()
  await page.getByLabel('Day of the last contact').fill(daysAgo(10))
  await page.getByRole('button', { name: 'Start counting' }).click()
  await expectCount(page, '10 days')

  // An urge, straight to the log step.
  await page.getByRole('link', { name: 'I want to text them' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Skip this step' }).click()
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
  await expectCount(page, 'Less than an hour')
  await expect(page.getByText('Longest stretch').locator('..')).toContainText('10 days')
})

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 } })

    test('the tracker, the contact form and the journey are axe-clean and never scroll sideways', async ({
      page,
    }) => {
      await skipWelcome(page)
      const screens: [string, string, () => Promise<void>][] = [
        ['/journey/no-contact', 'the start form', async () => {}],
        [
          '/journey/no-contact',
          'the running tracker',
          async () => {
            await page
              .getByRole('radio', {
                name: 'Limited contact: we must stay in touch about some things',
              })
              .check()
            await page.getByLabel('What contact is agreed?').fill('School pick-ups')
            await page.getByRole('button', { name: 'Start counting' }).click()
            await expectCount(page, 'Less than an hour')
          },
        ],
        [
          '/journey/no-contact/contacts/new',
          'the contact form',
          async () => {
            await page.getByRole('radio', { name: 'Your ex did' }).check()
          },
        ],
        ['/journey', 'the journey', async () => {}],
        ['/', 'Today with the count', async () => {}],
      ]
      for (const [path, name, prepare] of screens) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await prepare()
        const violations = await findViolations(page, name)
        expect(violations, describeViolations(violations)).toEqual([])
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        )
        expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0)
      }
    })
  })
}
