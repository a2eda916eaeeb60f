// Takes the app's screenshots (for the manifest, the store listing and the README) from the built app,
// on a phone-sized screen: 390×844 CSS px at 2× (780×1688 images), touch, mobile.
//
//   node tests/tools/screenshot.mjs [--out public/screenshots] [--full-page] [--real-time]
//                                   [--width 390]   (320: the narrow phone, to look at, not for the README)
//
// It expects dist/ (it builds it with vite only when dist/index.html is missing), serves it the way a
// real host does, completes the welcome as "Sam", adds six earlier days of check-ins and a no-contact
// count begun nine days ago, and writes:
//   check-in.png     Today before the check-in (the composer)
//   today-light.png  Today after the check-in, light scheme
//   today-dark.png   the same, dark scheme
//   journal-, no-contact-, support-, settings-{light,dark}.png   those screens in both schemes
//   journey-{light,dark}.png    the Journey map after a year of seeded days: what was done in each
//                               step and the one next thing to do
//   progress-{light,dark}.png   Progress after a year of seeded days (tests/tools/seed-progress.mjs)
// The README shows them; run this again after a visible change.
// The clock is fixed at 19:30 today (local time) so the greeting and times read the same every time
// (--real-time keeps the real clock). Service workers are blocked: a screenshot needs no offline copy
// and must not catch an "update"/"install" prompt by chance.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs'
import { seedProgressData } from './seed-progress.mjs'
import { startServer } from './serve.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const OUT = resolve(option('--out', 'public/screenshots'))
const FULL_PAGE = args.includes('--full-page')
const REAL_TIME = args.includes('--real-time')
const WIDTH = Number(option('--width', '390')) || 390
const CHECK_IN_TEXT =
  'Slept a bit better. Went for a walk with Maya after work and actually laughed. Still miss them, but today felt lighter.'

const EARLIER_DAYS = [
  [6, 2, 'Couldn’t sleep. Read old messages, then put the phone away.'],
  [5, 2, 'Heavy morning. Made it to work anyway.'],
  [4, 3, 'Walked by the river after lunch.'],
  [3, 3, 'Dinner with my sister. Talked about other things for once.'],
  [2, 4, 'Went to the gym. Slept better.'],
  [1, 3, 'A quiet day. Missed them in the evening, and that was all right.'],
]

/** Six earlier days of check-ins and a count begun nine days ago, written the way the app stores them. */
async function seedEarlierDays(page) {
  await page.evaluate(async (days) => {
    const pad = (n) => String(n).padStart(2, '0')
    const dayOf = (date) =>
      `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open('steady')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const now = new Date()
    const write = database.transaction(['entries', 'noContactPlans'], 'readwrite')
    for (const [ago, mood, text] of days) {
      const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ago, 21, 10)
      write.objectStore('entries').put({
        id: `screenshot-${ago}`,
        kind: 'check-in',
        day: dayOf(at),
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        mood,
        text,
      })
    }
    const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 9, 8, 0)
    write.objectStore('noContactPlans').put({
      id: 'screenshot-plan',
      startAt: start.toISOString(),
      mode: 'no-contact',
      agreedTopics: '',
      lastMessageSentAt: null,
      endedAt: null,
      createdAt: start.toISOString(),
    })
    await new Promise((resolve, reject) => {
      write.oncomplete = resolve
      write.onerror = () => reject(write.error)
    })
    database.close()
  }, EARLIER_DAYS)
}

if (!existsSync('dist/index.html')) {
  console.log('dist/ is missing: building the app (vite build)…')
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
}

mkdirSync(OUT, { recursive: true })
const server = await startServer({ root: 'dist', port: 0 })
const profile = mkdtempSync(join(tmpdir(), 'steady-screenshots-'))
let context
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: WIDTH, height: WIDTH < 390 ? 640 : 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-GB',
    serviceWorkers: 'block',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  if (!REAL_TIME) {
    const now = new Date()
    await page.clock.setFixedTime(
      new Date(now.getFullYear(), now.getMonth(), now.getDate(), 19, 30),
    )
  }

  const shot = async (name) => {
    // Let fonts, the layout and any transition settle before the picture.
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(300)
    const path = join(OUT, name)
    if (FULL_PAGE) {
      // Sections far from the screen are not drawn (content-visibility: auto), and a full-page
      // capture does not bring them near it: make the screen as tall as the page instead (twice,
      // as drawn sections take their real height).
      const viewport = page.viewportSize()
      for (let i = 0; i < 2; i++) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        await page.setViewportSize({ width: WIDTH, height })
        await page.waitForTimeout(300)
      }
      await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
      if (viewport) await page.setViewportSize(viewport)
    } else {
      await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
    }
    console.log(`Wrote ${path}`)
  }

  await page.goto(`${server.url}/`)
  await page.waitForURL('**/welcome')
  if (!(await page.title()).includes('Steady'))
    throw new Error(`This is not Steady: the title is “${await page.title()}”.`)
  await page.getByLabel('What should Steady call you?').fill('Sam')
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  // A new person is shown the journey first; Today is one tap away.
  await page.waitForURL((url) => url.pathname === '/journey')
  await page.goto(`${server.url}/`)
  await page.getByRole('heading', { level: 1, name: /Sam/ }).waitFor()
  await page.getByRole('button', { name: 'Save check-in' }).waitFor()
  await seedEarlierDays(page)
  await page.reload()
  await page.getByRole('button', { name: 'Save check-in' }).waitFor()
  // Nothing focused, no tap highlight: the screen as someone opening the app sees it.
  await page.evaluate(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
  )
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('check-in.png')

  await page.getByRole('radio', { name: 'Okay' }).check()
  await page.getByLabel('Write as much or as little as you like').fill(CHECK_IN_TEXT)
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await page.getByRole('heading', { name: 'You checked in today' }).waitFor()
  await page.evaluate(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
  )
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('today-light.png')

  await page.emulateMedia({ colorScheme: 'dark' })
  await shot('today-dark.png')

  const screens = [
    ['journal', '/journal', { role: 'heading', name: 'Journal' }],
    ['no-contact', '/journey/no-contact', { role: 'region', name: 'Your count' }],
    ['support', '/support', { role: 'button', name: 'Start breathing' }],
    ['settings', '/settings', { role: 'link', name: /^Delete everything/ }],
  ]
  for (const [name, path, ready] of screens) {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(`${server.url}${path}`)
      await page.getByRole(ready.role, { name: ready.name }).first().waitFor()
      await page.evaluate(() =>
        document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
      )
      await shot(`${name}-${scheme}.png`)
    }
  }

  // Last, as they add a year of days to the database: the Journey map and Progress with something
  // to show.
  await seedProgressData(page, { years: 1 })
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(`${server.url}/journey`)
    await page.getByText(/habit on the go/).waitFor()
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
    )
    await shot(`journey-${scheme}.png`)
  }
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(`${server.url}/progress`)
    await page.getByRole('img', { name: /^Your mood/ }).waitFor()
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
    )
    await shot(`progress-${scheme}.png`)
  }

  if (problems.length > 0) {
    console.log('The app reported problems while the screenshots were taken:')
    for (const problem of problems) console.log(`  ${problem}`)
  }
} finally {
  await context?.close()
  await server.close()
  rmSync(profile, { recursive: true, force: true })
}
