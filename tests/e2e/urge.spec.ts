// "I want to text them" in a real browser: the timer runs on the real clock, the unsent letter is
// kept through a reload and lands in the journal, and the urge is written to IndexedDB. Its screens'
// audits (axe, 320 px, targets, large text) are in the registry: tests/e2e/support/screens.ts.
import type { Page } from '@playwright/test'
import { readStoredDraft, skipWelcome } from './support/app'
import { expect, test } from './support/fixtures'

const LETTER = 'I wanted to tell you I miss you.\nI won’t send this. 🌧️ שלום'

interface StoredUrge {
  id: string
  intensity: number
  trigger: string
  waitedMinutes: number | null
}

/** Every row of one IndexedDB store, read with the plain API so the app's code is not involved. */
function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('steady')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      return await new Promise<T[]>((resolve, reject) => {
        const request = database.transaction(name, 'readonly').objectStore(name).getAll()
        request.onsuccess = () => resolve(request.result as T[])
        request.onerror = () => reject(request.error)
      })
    } finally {
      database.close()
    }
  }, store)
}

test('instead of texting: a wait, an unsent letter kept in the journal, the urge noted', async ({
  page,
}) => {
  await skipWelcome(page)
  await page.goto('/journey/no-contact/urge')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Before you text your ex' }),
  ).toBeVisible()
  // One line and one big button: less to read in the hardest moment.
  await page.getByRole('button', { name: 'Start a 5-minute wait' }).click()
  const timer = page.getByRole('timer')
  await expect(timer).toContainText('5:00')
  // The real clock moves it on, and the breath follows it.
  await expect(timer).toContainText(/4:5\d/)
  await expect(page.getByText(/^(Breathe in|Hold|Breathe out) for \d$/)).toBeVisible()
  await page.getByRole('button', { name: 'Stop early' }).click()
  await expect(page.getByText('You waited less than a minute. That counts.')).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()

  const letter = page.getByLabel('Your letter to your ex')
  await letter.pressSequentially(LETTER)
  await expect
    .poll(async () => (await readStoredDraft(page, 'unsent-letter'))?.text, {
      message: 'the letter was never written to IndexedDB as a draft',
    })
    .toBe(LETTER)
  // A reload in the middle of the letter loses nothing.
  await page.reload()
  await page.getByRole('button', { name: 'Skip the wait' }).click()
  await expect(letter).toHaveValue(LETTER)
  await page.getByRole('button', { name: 'Save it in my journal' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Note the urge' })).toBeFocused()
  await page.getByRole('radio', { name: '7', exact: true }).check()
  await page.getByLabel('What set it off?').fill('Our song on the radio')
  await page.getByRole('button', { name: 'Save the urge' }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'You made space for yourself' }),
  ).toBeVisible()
  await expect.poll(() => readStoredDraft(page, 'unsent-letter')).toBeNull()

  const urges = await readStore<StoredUrge>(page, 'urges')
  expect(urges).toHaveLength(1)
  expect(urges[0]).toMatchObject({
    intensity: 7,
    trigger: 'Our song on the radio',
    // The reload began the exercise again and the wait was skipped the second time.
    waitedMinutes: null,
  })

  await page.getByRole('link', { name: 'read it' }).click()
  await expect(page.getByText('Unsent letter')).toBeVisible()
  await expect(page.getByText(/^I wanted to tell you I miss you\./)).toHaveText(LETTER)
  await page.goto('/journal')
  await expect(page.getByRole('link', { name: /I wanted to tell you I miss you/ })).toBeVisible()

  // The tracker lists it (urges show whether or not a count is running), and it opens from there.
  await page.goto('/journey/no-contact')
  await page.getByRole('link', { name: /Our song on the radio/ }).click()
  await expect(page).toHaveURL(new RegExp(`/journey/no-contact/urges/${urges[0]!.id}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Edit urge' })).toBeVisible()
  await expect(page.getByRole('radio', { name: '7', exact: true })).toBeChecked()
})

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })

  test('the breathing guide is words only: no circle moves', async ({ page }) => {
    await skipWelcome(page)
    await page.goto('/journey/no-contact/urge')
    await page.getByRole('button', { name: 'Start a 5-minute wait' }).click()
    await expect(page.getByText(/^(Breathe in|Hold|Breathe out) for \d$/)).toBeVisible()
    await expect(page.locator('.breathing__circle')).toBeHidden()
  })
})

test.describe('without a motion preference', () => {
  test.use({ reducedMotion: 'no-preference' })

  test('the breathing circle is shown and scaled (so the check above means something)', async ({
    page,
  }) => {
    await skipWelcome(page)
    await page.goto('/journey/no-contact/urge')
    await page.getByRole('button', { name: 'Start a 5-minute wait' }).click()
    const circle = page.locator('.breathing__circle')
    await expect(circle).toBeVisible()
    expect(await circle.evaluate((element) => getComputedStyle(element).transform)).toMatch(
      /^matrix\(/,
    )
  })
})
