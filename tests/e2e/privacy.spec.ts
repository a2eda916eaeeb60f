// Steady sends nothing anywhere: over a whole session (welcome, check-in, journal, settings, support,
// and the service worker installing and precaching) every request goes to the app's own origin. The
// HTML carries a Content-Security-Policy, and nothing is logged as an error.
import { checkIn, chooseTheme, expectToday, waitForActiveServiceWorker } from './support/app'
import { expect, test } from './support/fixtures'

test('a whole session stays on the app’s origin, under a CSP, without console errors', async ({
  page,
  context,
  server,
}) => {
  const origin = new URL(server.url).origin
  const requests: { url: string; fromWorker: boolean }[] = []
  const failures: string[] = []
  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  // The context sees the service worker's requests too, not only the page's.
  context.on('request', (request) =>
    requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }),
  )
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`)
  })
  context.on('requestfailed', (request) =>
    failures.push(`failed ${request.url()}: ${request.failure()?.errorText}`),
  )
  page.on('console', (message) => {
    if (message.type() === 'error')
      consoleErrors.push(`${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))

  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  const csp = response?.headers()['content-security-policy'] ?? ''
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp, `the HTML's Content-Security-Policy header has ${directive}`).toContain(directive)
  }
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain('unsafe-eval')
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /connect-src 'self'/,
  )

  // Welcome with names.
  await expect(page).toHaveURL(/\/welcome$/)
  await page.getByLabel('What should Steady call you?').fill('Sam')
  await page.getByLabel('Your ex’s name or a nickname').fill('Alex')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.getByRole('link', { name: 'Or go to Today and check in first' }).click()
  await expectToday(page, 'composing')

  // The service worker installs and precaches everything.
  await waitForActiveServiceWorker(page)

  await checkIn(page, { mood: 'Very good', text: 'A good day for once.' })
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Journal' }).click()
  await page.getByRole('link', { name: /A good day for once/ }).click()
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible()
  await nav.getByRole('link', { name: 'Settings' }).click()
  await chooseTheme(page, 'Dark')
  await page.getByRole('main').getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('link', { name: /^Profile/ }).click()
  await page.getByRole('button', { name: 'Save names' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await nav.getByRole('link', { name: 'Support' }).click()
  await page.getByRole('button', { name: 'Start breathing' }).click()
  await expect(page.getByText('Breathe in for 4')).toBeVisible()
  await page.getByRole('button', { name: 'Stop' }).click()

  // A second visit, now served by the service worker.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'When it’s very hard' })).toBeVisible()
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await nav.getByRole('link', { name: 'Today' }).click()
  await expectToday(page, 'checked-in')

  // The recording saw the session, including the worker's own requests.
  const paths = requests.map(({ url }) => new URL(url).pathname)
  expect(paths).toContain('/sw.js')
  expect(paths).toContain('/manifest.webmanifest')
  expect(
    requests.filter(({ fromWorker }) => fromWorker).length,
    'requests made by the service worker were recorded',
  ).toBeGreaterThan(5)

  const elsewhere = requests
    .filter(({ url }) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)
    .map(({ url }) => url)
  expect(elsewhere, `requests that left ${origin}`).toEqual([])
  expect(failures, 'failed requests').toEqual([])
  expect(consoleErrors, 'console errors').toEqual([])
  expect(pageErrors, 'uncaught errors').toEqual([])
})
