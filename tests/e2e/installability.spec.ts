// Chromium would offer to install Steady, and the manifest says what a phone shows for it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { expectToday, leaveWelcome, skipWelcome, waitForActiveServiceWorker } from './support/app'
import { expect, test } from './support/fixtures'
import { launchOptions, PHONE } from './support/tools'

interface ManifestIcon {
  src: string
  sizes: string
  type?: string
  purpose?: string
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1'), 'not a PNG').toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('Chromium reports no installability errors', async ({ server }) => {
  // Installability is only reported for a real profile; an incognito context answers "in-incognito".
  const profile = await mkdtemp(join(tmpdir(), 'steady-install-'))
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions(),
    headless: true,
    ...PHONE,
    baseURL: server.url,
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await skipWelcome(page)
    await waitForActiveServiceWorker(page)
    await page.reload()
    await expectToday(page)

    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[]
    }
    if (installabilityErrors.length > 0)
      console.log('Installability errors:', JSON.stringify(installabilityErrors, null, 2))
    expect(installabilityErrors).toEqual([])

    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.errors, 'Chromium found problems in the manifest').toEqual([])
    expect(manifest.url).toBe(`${server.url}/manifest.webmanifest`)
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
})

test('the manifest names the app, opens standalone and has icons and a check-in shortcut', async ({
  page,
  request,
  server,
}) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Steady/)
  const link = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(link).toBe('/manifest.webmanifest')

  const response = await request.get('/manifest.webmanifest')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/manifest+json')
  const manifest = (await response.json()) as {
    name: string
    short_name: string
    start_url: string
    scope: string
    display: string
    icons: ManifestIcon[]
    shortcuts: { name: string; url: string }[]
  }
  expect(manifest.name).toContain('Steady')
  expect(manifest.short_name).toBe('Steady')
  expect(manifest.start_url).toBe('/')
  expect(manifest.scope).toBe('/')
  expect(manifest.display).toBe('standalone')

  const icon = (size: number, purpose: string) =>
    manifest.icons.find(
      (candidate) =>
        candidate.sizes === `${size}x${size}` &&
        (candidate.purpose ?? 'any').split(' ').includes(purpose),
    )
  for (const [size, purpose] of [
    [192, 'any'],
    [512, 'any'],
    [512, 'maskable'],
  ] as const) {
    const found = icon(size, purpose)
    expect(found, `a ${size}×${size} "${purpose}" icon`).toBeDefined()
    const image = await request.get(found!.src)
    expect(image.status(), `${found!.src} is served`).toBe(200)
    expect(image.headers()['content-type']).toBe('image/png')
    expect(pngSize(await image.body()), `${found!.src} is really ${size}×${size}`).toEqual({
      width: size,
      height: size,
    })
  }

  const checkInShortcut = manifest.shortcuts.find((shortcut) => shortcut.name === 'Check in')
  expect(checkInShortcut, 'a shortcut named "Check in"').toBeDefined()
  // The shortcut opens Today with the cursor in the composer.
  await leaveWelcome(page)
  await page.goto(new URL(checkInShortcut!.url, server.url).href)
  await expectToday(page, 'composing')
  await expect(page.getByLabel('Write as much or as little as you like')).toBeFocused()
})
