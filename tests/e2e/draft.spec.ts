// Words typed into Today's composer are kept without pressing Save: written to IndexedDB shortly after
// typing stops, and put back after a reload.
import {
  expectToday,
  readStoredDraft,
  skipWelcome,
  TEXT_LABEL,
  waitForStoredDraft,
} from './support/app'
import { expect, test } from './support/fixtures'

const TEXT = 'I almost texted them tonight.\nI didn’t. 💪\nمرحبا'

test('an unsaved check-in survives a reload', async ({ page }) => {
  await skipWelcome(page)
  expect(await readStoredDraft(page)).toBeNull()

  await page.getByRole('radio', { name: 'Low', exact: true }).check()
  // Typed key by key, like a person, so the debounced save sees a stream of changes.
  await page.getByLabel(TEXT_LABEL).pressSequentially(TEXT)

  // Written while the page stays open: not only by the flush when the page goes away.
  await waitForStoredDraft(page, TEXT)
  expect((await readStoredDraft(page))?.mood).toBe(2)

  await page.reload()
  await expectToday(page, 'composing')
  await expect(page.getByLabel(TEXT_LABEL)).toHaveValue(TEXT)
  await expect(page.getByRole('radio', { name: 'Low', exact: true })).toBeChecked()
  await expect(
    page.getByRole('status').filter({ hasText: 'We kept what you were writing.' }),
  ).toBeVisible()

  // Saving turns the draft into the check-in and removes the draft.
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expectToday(page, 'checked-in')
  await expect.poll(() => readStoredDraft(page)).toBeNull()
  await page.reload()
  await expectToday(page, 'checked-in')
})

test('a contact note typed at night survives a reload, and saving it removes the draft', async ({
  page,
}) => {
  const NOTE = 'They wrote at 2 a.m. I didn’t answer. 🌙 שלום'
  await skipWelcome(page)
  await page.goto('/journey/no-contact/contacts/new')
  await page.getByRole('radio', { name: 'Your ex did' }).check()
  await page.getByLabel('Note (optional)').pressSequentially(NOTE)
  const storedNote = async () => (await readStoredDraft(page, 'contact:new'))?.fields.note
  await expect.poll(storedNote).toBe(NOTE)

  await page.reload()
  await expect(page.getByLabel('Note (optional)')).toHaveValue(NOTE)
  await expect(page.getByRole('radio', { name: 'Your ex did' })).toBeChecked()

  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/Logged\./)).toBeVisible()
  await expect.poll(() => readStoredDraft(page, 'contact:new')).toBeNull()
})
