// A new version on the server: the waiting worker is announced, applied only on "Update", and the
// reload into it keeps what was being typed.
import { readFileSync } from 'node:fs'
import {
  checkIn,
  expectToday,
  makeControlled,
  skipWelcome,
  TEXT_LABEL,
  waitForStoredDraft,
} from './support/app'
import { describeViolations, findViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { DIST_V2, ROOT } from './support/tools'

const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }
const TEXT = 'Half a thought before the update…\nשורה שנייה ✨'
const MORE = ' and the rest of it.'

test('a new version waits for consent, then updates without losing the draft', async ({
  page,
  server,
}) => {
  await skipWelcome(page)
  await makeControlled(page)

  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('link', { name: /^About/ }).click()
  await expect(page.getByText(`Version ${version} (e2e-1)`)).toBeVisible()
  await nav.getByRole('link', { name: 'Today' }).click()
  await expectToday(page, 'composing')
  // Saved data must come through the update too, not only the draft being typed.
  await checkIn(page, { mood: 'Okay', text: 'Saved before the update' })
  await page.getByRole('button', { name: 'Add another entry' }).click()

  const composer = page.getByLabel(TEXT_LABEL)
  await composer.fill(TEXT)
  await waitForStoredDraft(page, TEXT)

  server.setRoot(DIST_V2)
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.update()
  })

  const update = page.getByRole('button', { name: 'Update' })
  await expect(update).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('A new version of Steady is ready.', { exact: false })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Later' })).toBeVisible()
  const violations = await findViolations(page, 'Today with the update notice')
  expect(violations, describeViolations(violations)).toEqual([])
  // Nothing changes until the person agrees: the new worker waits while the old one stays in control.
  expect(
    await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state,
    ),
  ).toBe('installed')

  // Typed just before tapping Update, inside the draft's save delay: Update must write it before it
  // lets the new worker take over. Record what is stored at the moment the page sends SKIP_WAITING
  // (kept in sessionStorage, which survives the reload).
  await page.evaluate(() => {
    type PostMessage = (this: ServiceWorker, ...args: unknown[]) => void
    const send = ServiceWorker.prototype.postMessage as PostMessage
    const recordThenSend: PostMessage = function (...args) {
      if ((args[0] as { type?: string } | null)?.type !== 'SKIP_WAITING')
        return send.apply(this, args)
      const request = indexedDB.open('steady')
      request.onsuccess = () => {
        const read = request.result.transaction('drafts').objectStore('drafts').get('new-entry')
        read.onsuccess = () => {
          const stored = read.result as { fields: { text: string } } | undefined
          sessionStorage.setItem('draft-at-skip-waiting', stored?.fields.text ?? '(no draft)')
          request.result.close()
          send.apply(this, args)
        }
      }
    }
    ServiceWorker.prototype.postMessage =
      recordThenSend as typeof ServiceWorker.prototype.postMessage
  })
  await composer.press('Control+End')
  await composer.pressSequentially(MORE)
  const reloaded = page.waitForEvent('load')
  await update.click()
  await reloaded

  expect(await page.evaluate(() => sessionStorage.getItem('draft-at-skip-waiting'))).toBe(
    TEXT + MORE,
  )
  await expectToday(page, 'any')
  await expect(page.getByLabel(TEXT_LABEL)).toHaveValue(TEXT + MORE)
  await expect(page.getByRole('button', { name: 'Update' })).toBeHidden()

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByRole('link', { name: /^About/ }).click()
  await expect(page.getByText(`Version ${version} (e2e-2)`)).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click()
  await expect(page.getByRole('link', { name: /Saved before the update/ })).toBeVisible()
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
})

test.describe('on the smallest phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('the update notice never covers the last button of a long form', async ({
    page,
    server,
  }) => {
    await skipWelcome(page)
    await makeControlled(page)
    const nav = page.getByRole('navigation', { name: 'Main' })
    // A running count, so that "Log contact" is there to open.
    await nav.getByRole('link', { name: 'Journey' }).click()
    await page.getByRole('link', { name: /^Give space/ }).click()
    await page.getByRole('button', { name: 'Start counting' }).click()

    server.setRoot(DIST_V2)
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    await expect(page.getByRole('button', { name: 'Update' })).toBeVisible({ timeout: 15_000 })

    const overlays = page.locator('.shell__overlays')
    /** Scrolled to the very end, `last` is wholly above the notice: a tap on it reaches it. */
    async function expectUncovered(last: ReturnType<typeof page.getByRole>) {
      // The screen's chunk and data arrive after the tap: scroll only once the form is there.
      await expect(last).toBeVisible()
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      const button = (await last.boundingBox())!
      const notice = (await page.locator('.update-prompt').boundingBox())!
      expect(notice.height, 'the notice is showing').toBeGreaterThan(40)
      expect(
        button.y + button.height,
        `the button ends at ${button.y + button.height}px, the notice starts at ${notice.y}px`,
      ).toBeLessThanOrEqual(notice.y)
      await expect(overlays).toBeVisible()
    }

    await page.getByRole('link', { name: 'Log contact' }).click()
    await expectUncovered(page.getByRole('button', { name: 'Save' }))

    await nav.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('link', { name: /^Delete everything/ }).click()
    await expectUncovered(page.getByRole('button', { name: 'Delete everything' }))
  })
})
