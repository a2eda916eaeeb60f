// Encryption at rest, in a real Chromium profile on disk: with the lock on, what the person types
// (left on screen a few seconds, as people do, so session restore has time to save it) is found in
// no file of the profile, in UTF-8 or UTF-16, after the browser closes; nor after "Delete everything".
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import {
  checkIn,
  expectLocked,
  expectToday,
  skipWelcome,
  turnOnLock,
  TEXT_LABEL,
} from './support/app'
import { expect, test } from './support/fixtures'
import { launchOptions, PHONE } from './support/tools'

const PASSCODE = 'blue kettle 2468'

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    const stat = statSync(path, { throwIfNoEntry: false })
    if (!stat) return []
    return stat.isDirectory() ? filesUnder(path) : [path]
  })
}

/** The files of the profile that hold `text` in UTF-8, UTF-16LE or UTF-16BE. */
function filesHolding(profile: string, text: string): string[] {
  const needles = [
    Buffer.from(text, 'utf8'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text, 'utf16le').swap16(),
  ]
  return filesUnder(profile).filter((path) => {
    const bytes = readFileSync(path)
    return needles.some((needle) => bytes.includes(needle))
  })
}

async function openProfile(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    ...launchOptions(),
    ...PHONE,
    headless: true,
    baseURL,
    locale: 'en-GB',
    serviceWorkers: 'allow',
  })
}

test('with the lock on, typed and saved words are in no file of the browser profile, before or after Delete everything', async ({
  server,
}) => {
  test.setTimeout(120_000)
  const profile = mkdtempSync(join(tmpdir(), 'steady-profile-'))
  // Unique words, so a match can only be what was typed here.
  const secret = `Quillwort ${Date.now().toString(36)} harbour`
  const before = `Marram ${Date.now().toString(36)} dunes`
  // A tag under the lock: sealed like the text, and its index key a keyed hash.
  const tag = `Samphire ${Date.now().toString(36)}`
  try {
    let context = await openProfile(profile, server.url)
    let page = context.pages()[0] ?? (await context.newPage())
    await skipWelcome(page)
    // Written before the lock: this one may linger, and shows that the search can find text.
    await checkIn(page, { mood: 'Okay', text: before })
    await turnOnLock(page, PASSCODE)
    await expect(page.getByRole('status').filter({ hasText: 'App lock is on' })).toBeVisible({
      timeout: 20_000,
    })

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' })
      .click()
    await expectToday(page, 'checked-in')
    await page.getByRole('button', { name: 'Add another entry' }).click()
    await page.getByLabel(TEXT_LABEL).fill(`${secret}, written under the lock`)
    await page.getByRole('button', { name: 'Add tags' }).click()
    await page.getByLabel('Tags', { exact: true }).fill(`${tag},`)
    await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible()
    // On screen for a while, as a person pauses: long enough for session restore to save it.
    await page.waitForTimeout(6_000)
    await page.getByRole('button', { name: 'Save entry' }).click()
    await expect(page.getByRole('heading', { name: 'You checked in today' })).toBeVisible()
    await page.waitForTimeout(2_000)
    await context.close()

    expect(
      filesHolding(profile, before).length,
      'the search finds text left in clear',
    ).toBeGreaterThan(0)
    expect(filesHolding(profile, secret)).toEqual([])
    expect(filesHolding(profile, tag)).toEqual([])
    expect(filesHolding(profile, tag.toLowerCase())).toEqual([])

    // Still all there for the person, behind the passcode.
    context = await openProfile(profile, server.url)
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/journal')
    await expectLocked(page)
    await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE)
    await page.getByRole('button', { name: 'Unlock' }).click()
    await expect(page.getByText(secret, { exact: false }).first()).toBeVisible()
    // The tag filter still finds the entry, through the index of keyed hashes.
    await page.getByText('Filter', { exact: true }).click()
    // The radio follows the address: it shows as chosen once the filter's navigation has run.
    const tagChoice = page
      .getByRole('group', { name: 'Tag', exact: true })
      .getByRole('radio', { name: tag, exact: true })
    await tagChoice.click()
    await expect(tagChoice).toBeChecked()
    await expect(page).toHaveURL(/[?&]tag=/)
    await expect(page.getByRole('link', { name: new RegExp(secret) })).toBeVisible()
    await expect(page.getByRole('link', { name: new RegExp(before) })).toHaveCount(0)

    await page.goto('/settings/delete')
    await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE)
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByLabel('Type DELETE to confirm').fill('DELETE')
    await page.getByRole('button', { name: 'Delete everything' }).click()
    await expect(page).toHaveURL(/\/welcome$/, { timeout: 20_000 })
    await page.waitForTimeout(2_000)
    await context.close()

    expect(filesHolding(profile, secret)).toEqual([])
    expect(filesHolding(profile, tag)).toEqual([])
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
