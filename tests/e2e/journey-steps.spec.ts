// Steps 0 and 1 in Chromium at 320 px, offline: the assessment interrupted by a reload resumes on its
// question, the introspection keeps every word across a reload, the plan and the wellbeing check
// save, and every screen on the way is axe-clean without sideways scrolling.
import type { Locator, Page } from '@playwright/test'
import { makeControlled, readStoredRows, skipWelcome, expectNoNetwork } from './support/app'
import { describeViolations, findViolations } from './support/axe'
import { expect, test } from './support/fixtures'

/**
 * Ticks a choice whose checked state follows a stored answer: it shows as checked only after the
 * IndexedDB write, so click and wait for it instead of check(), which expects an instant change.
 */
async function choose(choice: Locator) {
  await choice.click()
  await expect(choice).toBeChecked()
}

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true })

async function expectCleanScreen(page: Page, name: string) {
  const violations = await findViolations(page, name)
  expect(violations, describeViolations(violations)).toEqual([])
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0)
}

const WORDS = 'ערב קשה — a hard evening 🌧️ <b>not bold</b>'

test('assess and introspect offline at 320 px: interrupted, reloaded, resumed, nothing lost', async ({
  page,
  context,
}) => {
  await skipWelcome(page)
  await makeControlled(page)
  await context.setOffline(true)
  await expectNoNetwork(page)

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journey' })
    .click()
  await page.getByRole('link', { name: /Is it worth another try\?/ }).click()
  await page.getByRole('button', { name: 'Start the questions' }).click()
  await choose(page.getByRole('radio', { name: /Completely/ }))
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText('Question 2 of 9')).toBeVisible()
  await page.getByLabel('A note, if you like').fill(WORDS)
  await expect
    .poll(async () => {
      const [row] = (await readStoredRows(page, 'assessments')) as { notes: { happy?: string } }[]
      return row?.notes.happy
    })
    .toBe(WORDS)
  await expectCleanScreen(page, 'an assessment question')

  // Interrupted: the reload comes back to the same question with the note.
  await page.reload()
  await expect(page.getByText('Question 2 of 9')).toBeVisible()
  await expect(page.getByLabel('A note, if you like')).toHaveValue(WORDS)
  for (let question = 2; question < 9; question++) {
    await expect(page.getByText(`Question ${question} of 9`)).toBeVisible()
    await page.getByRole('button', { name: 'Next' }).click()
  }
  await choose(page.getByRole('radio', { name: 'No', exact: true }))
  await page.getByRole('button', { name: 'See where this points' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /Your answers point to/ })).toBeVisible()
  await expectCleanScreen(page, 'the assessment result')
  await page.getByRole('button', { name: /^Yes:/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: /^Your direction:/ })).toBeVisible()

  // Step 1.
  await page.goto('/journey/introspect')
  await page.getByRole('button', { name: 'Start' }).click()
  await choose(page.getByRole('checkbox', { name: 'Distance between us' }))
  await page.getByRole('button', { name: 'Next' }).click()
  const part = page.getByRole('textbox', { name: 'What do you see as your part in it?' })
  await part.fill(WORDS)
  await expect
    .poll(async () => {
      const [row] = (await readStoredRows(page, 'introspections')) as { myPart: string }[]
      return row?.myPart
    })
    .toBe(WORDS)
  await expectCleanScreen(page, 'an introspection question')
  await page.reload()
  await expect(page.getByText('Question 2 of 14')).toBeVisible()
  await expect(part).toHaveValue(WORDS)
  for (let question = 2; question < 7; question++) {
    await expect(page.getByText(`Question ${question} of 14`)).toBeVisible()
    await page.getByRole('button', { name: 'Next' }).click()
  }
  await page.getByRole('button', { name: 'Skip the thought record and finish' }).click()
  await expect(page.getByText(WORDS)).toBeVisible()
  await expectCleanScreen(page, 'the introspection answers')

  await page.getByRole('link', { name: 'Make your action plan' }).click()
  await page.getByRole('button', { name: 'Add to my plan' }).click()
  await expect(page.getByText(/Say when it applies/)).toBeVisible()
  await page.getByLabel('If…').fill('I feel the urge to text them')
  await page.getByLabel('…then I will').fill('walk round the block 🚶')
  await page.getByRole('button', { name: 'Add to my plan' }).click()
  await expect(page.getByRole('region', { name: 'Your commitments' })).toContainText(
    'walk round the block 🚶',
  )
  await choose(page.getByRole('checkbox', { name: 'Done today' }))
  await expectCleanScreen(page, 'the action plan')

  await page.goto('/journey/wellbeing')
  await choose(
    page
      .getByRole('group', { name: 'Feeling nervous, anxious or on edge' })
      .getByRole('radio', { name: 'More than half the days' }),
  )
  await choose(
    page
      .getByRole('group', { name: 'Not being able to stop or control worrying' })
      .getByRole('radio', { name: 'Several days' }),
  )
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByText(/might be worth talking to someone about/)).toBeVisible()
  await expectCleanScreen(page, 'the wellbeing suggestion')
  expect(await readStoredRows(page, 'wellbeingChecks')).toHaveLength(1)
})
