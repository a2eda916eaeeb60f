// Two tabs of Steady stay in step without a reload: what is saved in one shows up in the other,
// and editing one entry (or a habit) in two tabs never loses either tab's words.
import type { BrowserContext, Page } from '@playwright/test'
import { checkIn, expectToday, readStoredDraft, skipWelcome, TEXT_LABEL } from './support/app'
import { expect, test } from './support/fixtures'

test('a check-in saved in one tab appears in the other without a reload', async ({ context }) => {
  const tabA = await context.newPage()
  await skipWelcome(tabA)

  const tabB = await context.newPage()
  await tabB.goto('/')
  await expectToday(tabB, 'composing')
  let reloads = 0
  tabB.on('load', () => reloads++)

  await checkIn(tabA, { mood: 'Okay', text: 'Saved in tab A 🅰️' })

  // Today in tab B turns into the summary by itself.
  await expectToday(tabB, 'checked-in')
  await expect(tabB.locator('.check-in-summary__text')).toHaveText('Saved in tab A 🅰️')

  await tabB
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click()
  await expect(tabB.getByRole('link', { name: /Saved in tab A/ })).toBeVisible()

  // While tab B shows the journal, tab A adds another entry: it appears in B's list live.
  await tabA.getByRole('button', { name: 'Add another entry' }).click()
  await tabA.getByLabel(TEXT_LABEL).fill('A second thought, also from A')
  await tabA.getByRole('button', { name: 'Save entry' }).click()
  await expect(tabA.getByRole('heading', { name: 'You checked in today' })).toBeVisible()

  await expect(tabB.getByRole('link', { name: /A second thought, also from A/ })).toBeVisible()
  await expect(tabB.getByRole('link', { name: /Saved in tab A|A second thought/ })).toHaveCount(2)
  expect(reloads, 'tab B was never reloaded').toBe(0)
})

/** Saves a check-in in `page` and opens its entry; returns the entry's address. */
async function checkInAndOpen(page: Page, text: string) {
  await skipWelcome(page)
  await checkIn(page, { mood: 'Okay', text })
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click()
  await page.getByRole('link', { name: new RegExp(text) }).click()
  await expect(page).toHaveURL(/\/journal\/[^/]+$/)
  return new URL(page.url()).pathname
}

test('an entry saved in one tab shows in the other tab’s editor; saving there keeps both', async ({
  context,
}) => {
  const tabA = await context.newPage()
  const entryPath = await checkInAndOpen(tabA, 'Original')
  await tabA.goto(`${entryPath}/edit`)
  const tabB = await context.newPage()
  await tabB.goto(`${entryPath}/edit`)
  await expect(tabB.getByLabel(TEXT_LABEL)).toHaveValue('Original')

  await tabA.getByLabel(TEXT_LABEL).press('Control+End')
  await tabA.getByLabel(TEXT_LABEL).pressSequentially('\n\nA paragraph from A.')
  await tabA.getByRole('button', { name: 'Save changes' }).click()
  await expect(tabA).toHaveURL(new RegExp(`${entryPath}$`))

  // B shows what was saved, not the text it opened with.
  await expect(tabB.getByLabel(TEXT_LABEL)).toHaveValue('Original\n\nA paragraph from A.')
  await tabB.getByLabel(TEXT_LABEL).press('Control+End')
  await tabB.getByLabel(TEXT_LABEL).pressSequentially(' And a line from B.')
  await tabB.getByRole('button', { name: 'Save changes' }).click()
  await expect(tabB.getByText('Original A paragraph from A. And a line from B.')).toBeVisible()
})

test('an entry deleted in one tab while edited in another keeps the unsaved words', async ({
  context,
}) => {
  const tabA = await context.newPage()
  const entryPath = await checkInAndOpen(tabA, 'Keep these')
  const tabB = await context.newPage()
  await tabB.goto(`${entryPath}/edit`)
  await tabB.getByLabel(TEXT_LABEL).press('Control+End')
  await tabB.getByLabel(TEXT_LABEL).pressSequentially(' + unsaved in B')
  await expect
    .poll(async () => (await readStoredDraft(tabB, `entry:${entryPath.split('/').pop()}`))?.text)
    .toBe('Keep these + unsaved in B')

  await tabA.getByRole('button', { name: 'Delete' }).click()
  await expect(tabB.getByRole('heading', { name: 'This entry was deleted' })).toBeVisible()
  await expect(tabB.getByText('Keep these + unsaved in B')).toBeVisible()

  // Undo in A brings the entry back, and B's editor with the words.
  await tabA.getByRole('button', { name: 'Undo' }).click()
  await expect(tabB.getByLabel(TEXT_LABEL)).toHaveValue('Keep these + unsaved in B')
})

test('a habit changed in one tab while edited in another: both versions shown, mine kept', async ({
  context,
}) => {
  const { tabA, tabB, habitPath, draftId } = await editHabitInSecondTab(context)

  // Tab A archives the habit: a newer version, saved without going through B's draft.
  await tabA.getByRole('button', { name: 'Archive' }).click()
  await expect(tabA.getByRole('button', { name: 'Bring back from the archive' })).toBeVisible()

  await tabB.getByRole('button', { name: 'Save changes' }).click()
  await expect(
    tabB.getByRole('heading', { name: 'This habit changed in another window' }),
  ).toBeFocused()
  await expect(tabB.getByText('Name: A walk outside', { exact: true })).toBeVisible()
  await expect(tabB.getByText('Name: A walk outside by the river')).toBeVisible()

  await tabB.getByRole('button', { name: 'Keep mine' }).click()
  await expect(tabB).toHaveURL(new RegExp(`${habitPath}$`))
  await expect(tabB.getByRole('heading', { level: 1 })).toHaveText(/A walk outside by the river/)
  await expect(tabA.getByRole('heading', { level: 1 })).toHaveText(/A walk outside by the river/)
  // Still archived: keeping mine wrote only what the form changes.
  await expect(tabA.getByRole('button', { name: 'Bring back from the archive' })).toBeVisible()
  expect(await readStoredDraft(tabB, draftId)).toBeNull()
})

test('a habit deleted in one tab while edited in another keeps the words, to save anew', async ({
  context,
}) => {
  const { tabA, tabB, draftId } = await editHabitInSecondTab(context)

  await tabA.getByRole('button', { name: 'Delete' }).click()
  await expect(tabB.getByRole('heading', { name: 'This habit was deleted' })).toBeVisible()
  await expect(tabB.getByText(/Name: A walk outside by the river/)).toBeVisible()

  await tabB.getByRole('button', { name: 'Save as a new habit' }).click()
  await expect(tabB.getByRole('heading', { level: 1 })).toHaveText(/A walk outside by the river/)
  expect(await readStoredDraft(tabB, draftId)).toBeNull()
})

/**
 * Tab A adds the "A walk outside" habit and stays on its screen; tab B opens its edit and types
 * into the name, until the draft is stored.
 */
async function editHabitInSecondTab(context: BrowserContext) {
  const tabA = await context.newPage()
  const { habitPath, draftId } = await addWalkHabit(tabA)
  const tabB = await context.newPage()
  await typeIntoHabitName(tabB, habitPath, draftId)
  return { tabA, tabB, habitPath, draftId }
}

/** Adds the "A walk outside" habit in `page`, which stays on its screen. */
async function addWalkHabit(page: Page) {
  await skipWelcome(page)
  await page.goto('/journey/habits/new')
  await page.getByRole('button', { name: 'Add A walk outside' }).click()
  await expect(page.getByRole('region', { name: /A walk outside: the last/ })).toBeVisible()
  const habitPath = new URL(page.url()).pathname
  return { habitPath, draftId: `habit:${habitPath.split('/').pop()}` }
}

/** Opens the habit's edit in `page` and types into its name, until the draft is stored. */
async function typeIntoHabitName(page: Page, habitPath: string, draftId: string) {
  await page.goto(`${habitPath}/edit`)
  await page.getByLabel('Name').press('End')
  await page.getByLabel('Name').pressSequentially(' by the river')
  await expect
    .poll(async () => (await readStoredDraft(page, draftId))?.fields.name)
    .toBe('A walk outside by the river')
}
