// The app lock in a real browser: set in Settings, asked for after a reload, a wrong passcode refused
// calmly, the right one opening the app with everything in it. Only the wrapped data key is stored.
import {
  checkIn,
  expectLocked,
  expectToday,
  readStoredRows,
  skipWelcome,
  turnOnLock,
} from './support/app'
import { expect, test } from './support/fixtures'

const PASSCODE = '2468'
const TEXT = 'A quiet evening.\nStill mine, still here 🌙'

test('a passcode set in Settings is asked for after a reload; wrong is refused, right opens the app', async ({
  page,
}) => {
  await skipWelcome(page)
  await checkIn(page, { mood: 'Okay', text: TEXT })
  await turnOnLock(page, PASSCODE)

  const [settings] = (await readStoredRows(page, 'settings')) as {
    lock: { iterations: number; hash: string; salt: string } | null
  }[]
  expect(settings?.lock?.iterations).toBe(600_000)
  expect(JSON.stringify(settings)).not.toContain(PASSCODE)

  await page.reload()
  await expectLocked(page)
  await expect(page).toHaveTitle('Locked · Steady')
  await expect(page.getByText('A quiet evening.', { exact: false })).toHaveCount(0)
  // One quiet row for help instead of a wall of emergency buttons on every unlock.
  await expect(page.getByText('Need help right now?')).toBeVisible()
  await expect(page.getByRole('link', { name: /Call 112/ })).toHaveCount(0)

  await page.getByLabel('Passcode', { exact: true }).fill('1357')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText('That passcode didn’t match. Try again.')
  await expect(page.getByLabel('Passcode', { exact: true })).toHaveValue('')

  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE)
  await page.getByRole('button', { name: 'Unlock' }).click()
  // Back where it was locked, with everything there.
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy & lock' })).toBeVisible()
  await expect(page).toHaveURL(/\/settings\/privacy$/)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expectToday(page, 'checked-in')
  expect(await page.locator('.check-in-summary__text').textContent()).toBe(TEXT)

  // The wrong try was counted, and the right one cleared the count.
  const [after] = (await readStoredRows(page, 'settings')) as {
    lock: { failedAttempts: number } | null
  }[]
  expect(after?.lock?.failedAttempts).toBe(0)
})

test('five tabs guessing at once are checked one at a time: three count, the rest wait unchecked', async ({
  page,
  context,
}) => {
  await skipWelcome(page)
  await turnOnLock(page, PASSCODE)
  const tabs = []
  for (let i = 0; i < 5; i++) {
    const tab = await context.newPage()
    await tab.goto('/')
    await expectLocked(tab)
    await tab.getByLabel('Passcode', { exact: true }).fill(`wrong ${i}`)
    tabs.push(tab)
  }

  // All five press Unlock in the same instant: each waits for one broadcast, then clicks.
  for (const tab of tabs) {
    await tab.evaluate(() => {
      const channel = new BroadcastChannel('e2e-go')
      channel.onmessage = () =>
        document.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click()
    })
  }
  await page.evaluate(() => new BroadcastChannel('e2e-go').postMessage('go'))
  for (const tab of tabs) await expect(tab.getByRole('alert')).toBeVisible({ timeout: 30_000 })
  const said = await Promise.all(tabs.map((tab) => tab.getByRole('alert').textContent()))
  expect(said.filter((text) => text?.startsWith('That passcode didn’t match'))).toHaveLength(3)
  expect(said.filter((text) => text?.startsWith('Not checked yet'))).toHaveLength(2)

  const [settings] = (await readStoredRows(page, 'settings')) as {
    lock: { failedAttempts: number } | null
  }[]
  expect(settings?.lock?.failedAttempts).toBe(3)
  // Every tab now shows the same wait.
  for (const tab of tabs) {
    await expect(tab.getByText(/You can try again in/)).toBeVisible()
    await expect(tab.getByRole('button', { name: 'Unlock' })).toBeDisabled()
  }
})
