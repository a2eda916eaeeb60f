// A backup made on one phone brings everything back on another: plain and password-protected.
import type { Browser, Page } from '@playwright/test'
import { checkIn, skipWelcome } from './support/app'
import { expect, test } from './support/fixtures'
import { PHONE } from './support/tools'

const TEXT = 'Walked by the river 🌊\nשלום — still here.'

async function makeBackup(page: Page, password?: string): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByRole('link', { name: /^Backup & restore/ }).click()
  await expect(page.getByText('No backup yet.', { exact: false })).toBeVisible()
  if (password) {
    // Encrypted is the default choice.
    await expect(page.getByRole('radio', { name: 'With a password' })).toBeChecked()
    await page.getByLabel('Backup password').fill(password)
    await page.getByLabel('The same password again').fill(password)
  } else {
    await page.getByRole('radio', { name: 'Without a password' }).check()
    await expect(page.getByText('Anyone who opens this file can read your journal.')).toBeVisible()
  }
  const download = page.waitForEvent('download')
  await page
    .getByRole('button', { name: password ? 'Make an encrypted backup' : 'Make a backup' })
    .click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(
    password
      ? /^steady-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/
      : /^steady-backup-\d{4}-\d{2}-\d{2}\.json$/,
  )
  await expect(page.getByText(/Backup ready/)).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText(/Last backup: /)).toBeVisible()
  const path = await file.path()
  if (!path) throw new Error('the download was not saved')
  return path
}

/** A second phone: a fresh context with nothing in it. */
async function newPhone(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, baseURL })
  const page = await context.newPage()
  await skipWelcome(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByRole('link', { name: /^Backup & restore/ }).click()
  return page
}

async function expectEntryBack(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click()
  await page.getByRole('link', { name: /Walked by the river/ }).click()
  await expect(page.getByText('Walked by the river', { exact: false })).toHaveText(TEXT)
}

test('a backup restores everything on another phone', async ({ page, browser, server }) => {
  await skipWelcome(page)
  await checkIn(page, { mood: 'Good', text: TEXT })
  const file = await makeBackup(page)

  const other = await newPhone(browser, server.url)
  await other.getByLabel('Choose a backup file').setInputFiles(file)
  await expect(other.getByText(/^1 journal entry, from Today to Today/)).toBeVisible()
  await other.getByRole('button', { name: 'Restore' }).click()
  await expect(
    other.getByText('Restored. 1 new entry added; 0 entries were already here.'),
  ).toBeVisible()
  await expectEntryBack(other)
  await other.context().close()
})

test('an encrypted backup opens only with its password', async ({ page, browser, server }) => {
  await skipWelcome(page)
  await checkIn(page, { mood: 'Low', text: TEXT })
  const file = await makeBackup(page, 'a long passphrase')

  const other = await newPhone(browser, server.url)
  await other.getByLabel('Choose a backup file').setInputFiles(file)
  await other.getByLabel('This backup’s password').fill('not the passphrase')
  await other.getByRole('button', { name: 'Open backup' }).click()
  await expect(other.getByRole('alert')).toContainText('That password does not open this backup', {
    timeout: 15_000,
  })
  await other.getByLabel('This backup’s password').fill('a long passphrase')
  await other.getByRole('button', { name: 'Open backup' }).click()
  await expect(other.getByText(/^1 journal entry/)).toBeVisible({ timeout: 15_000 })
  await other.getByRole('radio', { name: /Replace everything here/ }).check()
  await other.getByRole('button', { name: 'Restore' }).click()
  await other.getByRole('button', { name: 'Replace everything' }).click()
  await expect(other.getByText(/This device now holds the backup’s 1 entry/)).toBeVisible()
  await expectEntryBack(other)
  await other.context().close()
})

test('export, delete everything, restore: every entry and the no-contact count come back', async ({
  page,
}) => {
  await skipWelcome(page)
  await checkIn(page, { mood: 'Good', text: TEXT })
  await page.goto('/journey/no-contact')
  await page.getByRole('radio', { name: /An earlier day/ }).check()
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000)
  await page
    .getByLabel('Day of the last contact')
    .fill(
      `${tenDaysAgo.getFullYear()}-${String(tenDaysAgo.getMonth() + 1).padStart(2, '0')}-${String(tenDaysAgo.getDate()).padStart(2, '0')}`,
    )
  await page.getByRole('button', { name: 'Start counting' }).click()
  await expect(page.getByRole('region', { name: 'Your count' })).toContainText('10 days')
  await page.goto('/')
  const file = await makeBackup(page, 'another long passphrase')

  await page.getByRole('main').getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('link', { name: /^Delete everything/ }).click()
  const erase = page.getByRole('main')
  await erase.getByLabel('Type DELETE to confirm').fill('DELETE')
  await erase.getByRole('button', { name: 'Delete everything' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Steady' })).toBeVisible()
  await page.getByRole('button', { name: 'Skip for now' }).click()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByRole('link', { name: /^Backup & restore/ }).click()

  await page.getByLabel('Choose a backup file').setInputFiles(file)
  await page.getByLabel('This backup’s password').fill('another long passphrase')
  await page.getByRole('button', { name: 'Open backup' }).click()
  await expect(page.getByText('The no-contact count and its history')).toBeVisible({
    timeout: 15_000,
  })
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByText(/1 new entry added/)).toBeVisible()

  await expectEntryBack(page)
  await page.goto('/journey/no-contact')
  await expect(page.getByRole('region', { name: 'Your count' })).toContainText('10 days')
})
