// Two tabs of Steady stay in step without a reload: what is saved in one shows up in the other.
import { checkIn, expectToday, skipWelcome, TEXT_LABEL } from './support/app'
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
