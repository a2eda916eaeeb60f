// The first visit end to end: welcome with names in other scripts, a check-in whose text has line
// breaks, emoji, right-to-left scripts and markup, and that text surviving a reload exactly as typed.
import type { ConsoleMessage } from '@playwright/test'
import { expectToday, TEXT_LABEL } from './support/app'
import { expect, test } from './support/fixtures'

const USER_NAME = 'Ana 🌷 آنا'
const EX_NAME = 'נועה'
const TEXT = [
  'Rough morning 🌧️ but the afternoon was better ☀️',
  'שלום, היום היה קשה',
  'مرحبا، سأكون بخير',
  '<script>alert(1)</script>',
  '',
  '  Indented line, and the last one.',
].join('\n')

test('welcome, first check-in, reload, journal: the words come back exactly as written', async ({
  page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })

  // Opening at the welcome says nothing in the console (the trial saw "No HydrateFallback").
  const warnings: string[] = []
  const listen = (message: ConsoleMessage) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text())
  }
  page.on('console', listen)
  await page.goto('/')
  await expect(page).toHaveTitle(/Steady/)
  await expect(page).toHaveURL(/\/welcome$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Steady' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Steady' })).toBeVisible()
  page.off('console', listen)
  expect(warnings, 'console warnings while opening the welcome').toEqual([])

  await page.getByLabel('What should Steady call you?').fill(USER_NAME)
  await page.getByLabel('Your ex’s name or a nickname').fill(EX_NAME)
  const pronouns = page.getByRole('group', { name: 'Your ex’s pronouns' })
  await pronouns.getByRole('radio', { name: 'she / her' }).check()
  await page.getByRole('button', { name: 'Start' }).click()

  // A new person is shown the journey's path first; Today is one tap away.
  await expect(page.getByRole('heading', { level: 1, name: 'Your journey' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Start with an honest look' })).toBeVisible()
  await page.getByRole('link', { name: 'Or go to Today and check in first' }).click()
  await expectToday(page, 'composing')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(USER_NAME)

  await page.getByRole('radio', { name: 'Good', exact: true }).check()
  await expect(page.getByRole('radio', { name: 'Good', exact: true })).toBeChecked()
  await page.getByLabel(TEXT_LABEL).fill(TEXT)
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expectToday(page, 'checked-in')
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeAttached()

  await page.reload()
  await expectToday(page, 'checked-in')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(USER_NAME)
  await expect(page.getByText(/Mood: Good/)).toBeVisible()
  const summary = page.locator('.check-in-summary__text')
  expect(await summary.textContent()).toBe(TEXT)
  // Shown as text: the markup is visible and did not become an element.
  await expect(summary).toContainText('<script>alert(1)</script>')
  expect(await page.locator('#root script').count()).toBe(0)

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click()
  await expect(page).toHaveURL(/\/journal$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
  const entries = page.getByRole('link', { name: /Rough morning/ })
  await expect(entries).toHaveCount(1)
  await expect(entries).toContainText(/^Good · \d{1,2}:\d{2} · Check-in/)

  await entries.click()
  await expect(page).toHaveURL(/\/journal\/[^/]+$/)
  await expect(page.getByText(/^Mood: Good · Check-in/)).toBeVisible()
  const text = page.locator('.entry-detail__text')
  expect(await text.textContent()).toBe(TEXT)
  // Line breaks are kept on screen too, not only in the DOM.
  expect(await text.evaluate((element) => (element as HTMLElement).innerText)).toBe(TEXT)

  // Support uses the ex's name from the welcome.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Support' })
    .click()
  await expect(
    page.getByRole('heading', { name: `Write it here instead of texting ${EX_NAME}` }),
  ).toBeVisible()

  expect(dialogs, 'no dialog may open: the text is never run as code').toEqual([])
})
