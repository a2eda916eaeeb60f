// The bench's scenarios: what `npm run bench` measures, one entry each. The runner (run.mjs) calls
// every scenario's `run` once per run and per variant — an onboarded, otherwise empty database and
// the generated dataset — alternating the two, each in a fresh copy of its browser profile (service
// worker installed, data written by tests/bench/generate.ts), and prints median, data/empty ratio.
//
// ADDING A SCENARIO: append an object to SCENARIOS:
//   name     short id for --only and the JSON
//   title    one line for the report
//   cpu      CPU slowdowns to run it at (default [1]); 4 is a mid-range phone
//   offline  true: the browser is offline from the first request (the service worker serves all)
//   start    path opened before `run` (default '/'); the runner waits until it is complete
//   run(s)   measures, and returns { 'metric name ms': number, 'other MB': number, … }: names end
//            in " ms" or " MB" so the report knows the unit. Measure inside the page where you can
//            (s.clickAndSettle, s.clickUntilText): Node's clock adds the protocol's round trips.
// The session `s` offers: page (Playwright), cdp (DevTools session), heapMB() (after a GC),
// settle(path?) (waits until the DOM has been quiet, returns when it last changed, in page ms),
// clickAndSettle(selector, path), clickUntilText(selector, text), variant ('empty' | 'data'),
// smoke (true in `npm test`'s one quick run on tiny data: repeat little).
// Keep scenarios independent: each run starts from the seeded profile again.

const NAV = (label) => `nav[aria-label="Main"] a[href="${label}"]`
const BAR = [
  ['Journey', '/journey'],
  ['Journal', '/journal'],
  ['Support', '/support'],
  ['Settings', '/settings'],
  ['Today', '/'],
]
const TEXT_LABEL = 'Write as much or as little as you like'
const PASSCODE = 'bench kettle 2468'

/** Opens Settings › Privacy & lock's form and fills in a new passcode twice; `start` is that page. */
async function fillNewPasscode(page) {
  await page.getByRole('button', { name: 'Set a passcode' }).click()
  await page.getByLabel('New passcode', { exact: true }).fill(PASSCODE)
  await page.getByLabel('Type the new passcode again').fill(PASSCODE)
}

/**
 * Not measured: turns the lock on (everything sealed), then opens Steady again at `path`, locked,
 * with the passcode typed; the caller presses Unlock.
 */
async function lockAndReopen(s, path) {
  const { page } = s
  await fillNewPasscode(page)
  await page.locator('form button[type="submit"]').click()
  await page.getByText('App lock is on.').waitFor({ timeout: 120_000 })
  await page.goto(`${s.url}${path}`)
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE)
}

export const SCENARIOS = [
  {
    name: 'cold-start',
    title: 'Cold start offline to Today complete',
    cpu: [1, 4],
    offline: true,
    start: null,
    async run(s) {
      await s.page.goto(`${s.url}/`)
      // Time from navigation start to the last change of Today's DOM.
      return { 'Today complete ms': await s.settle('/') }
    },
  },
  {
    name: 'screens',
    title: 'Every screen from the bar (click to complete), heap after each',
    cpu: [1, 4],
    offline: true,
    async run(s) {
      const result = {}
      for (const [label, path] of BAR) {
        result[`${label} ms`] = await s.clickAndSettle(NAV(path), path)
        result[`${label} heap MB`] = await s.heapMB()
      }
      return result
    },
  },
  {
    name: 'no-contact',
    title: 'The no-contact tracker from the Journey screen',
    cpu: [1, 4],
    offline: true,
    start: '/journey',
    async run(s) {
      return {
        'No-contact ms': await s.clickAndSettle(
          'a[href="/journey/no-contact"]',
          '/journey/no-contact',
        ),
        'No-contact heap MB': await s.heapMB(),
      }
    },
  },
  {
    name: 'progress',
    title: 'Progress from the Journey screen: every chart and table drawn (budget 400 ms at 1×)',
    cpu: [1, 4],
    offline: true,
    start: '/journey',
    async run(s) {
      return {
        'Progress ms': await s.clickAndSettle('a[href="/progress"]', '/progress'),
        'Progress heap MB': await s.heapMB(),
      }
    },
  },
  {
    name: 'check-in',
    title: 'Save today’s check-in: click to the saved text on screen',
    offline: true,
    async run(s) {
      const text = `Saved by the bench ${s.variant}`
      await s.page.getByLabel(TEXT_LABEL).fill(text)
      return { 'save to visible ms': await s.clickUntilText('button[type="submit"]', text) }
    },
  },
  {
    name: 'backup',
    title: 'Export a backup, then restore it (merge)',
    start: '/settings/backup',
    async run(s) {
      const { page } = s
      await page.getByRole('radio', { name: 'Without a password' }).check()
      let started = Date.now()
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Make a backup' }).click()
      const file = await download
      const path = await file.path()
      const exportMs = Date.now() - started
      await page.getByText(/Backup ready/).waitFor()
      started = Date.now()
      await page.getByLabel('Choose a backup file').setInputFiles(path)
      const restore = page.getByRole('button', { name: 'Restore' })
      await restore.waitFor({ timeout: 60_000 })
      const readMs = Date.now() - started
      started = Date.now()
      await restore.click()
      await page.getByText(/^Restored\./).waitFor({ timeout: 120_000 })
      return {
        'export ms': exportMs,
        'restore: read ms': readMs,
        'restore ms': Date.now() - started,
      }
    },
  },
  {
    name: 'heap-50',
    title: 'JS heap across 50 check-ins on Today',
    offline: true,
    async run(s) {
      const { page } = s
      const before = await s.heapMB()
      for (let index = 1; index <= (s.smoke ? 3 : 50); index++) {
        if (index > 1) await page.getByRole('button', { name: 'Add another entry' }).click()
        const text = `Entry ${index} from the bench`
        await page.getByLabel(TEXT_LABEL).fill(text)
        await s.clickUntilText(
          'button[type="submit"]',
          index === 1 ? text : `${index - 1} more ${index === 2 ? 'entry' : 'entries'} today`,
        )
      }
      const after = await s.heapMB()
      // Dexie keeps each live query's earlier results for 3 s after it re-ran (its cache deletes
      // entries on a timer): once those have gone, what is left is what the app really holds.
      await page.waitForTimeout(s.smoke ? 0 : 4000)
      const settled = await s.heapMB()
      return {
        'heap before MB': before,
        'heap after 50 MB': after,
        'heap growth MB': after - before,
        'heap settled MB': settled,
        'heap growth settled MB': settled - before,
      }
    },
  },
  {
    name: 'journal-paging',
    title: 'Journal: "Show older entries" to the end (each page by key range), heap at the end',
    cpu: [1, 4],
    offline: true,
    start: '/journal',
    async run(s) {
      // Inside the page: tap, wait for the new page's day groups to be drawn, tap again.
      const { ms } = await s.page.evaluate(async (smoke) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
        const older = () =>
          [...document.querySelectorAll('main button')].find(
            (button) => button.textContent === 'Show older entries',
          )
        const started = performance.now()
        let count = 0
        for (let button = older(); button && !(smoke && count >= 2); button = older()) {
          const groups = document.querySelectorAll('.day-group').length
          button.click()
          count++
          while (document.querySelectorAll('.day-group').length <= groups) await frame()
          await frame()
        }
        return { ms: performance.now() - started }
      }, s.smoke)
      return {
        'paged to the end ms': ms,
        'journal heap MB': await s.heapMB(),
      }
    },
  },
  {
    name: 'journal-search',
    title: 'Journal search: first search (builds the index), then each search as you type',
    cpu: [1, 4],
    offline: true,
    start: '/journal',
    async run(s) {
      // Types into the search field and waits for the count of results (or "Nothing…") to change.
      const search = (query) =>
        s.page.evaluate(async (value) => {
          const box = document.querySelector('input[type="search"]')
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
          const before = document.querySelector('.search-results__count')?.textContent
          const started = performance.now()
          setter.call(box, value)
          box.dispatchEvent(new Event('input', { bubbles: true }))
          for (;;) {
            const now = document.querySelector('.search-results__count')?.textContent
            if (now && now !== before && now.includes(value)) break
            await new Promise((resolve) => requestAnimationFrame(() => resolve()))
          }
          return performance.now() - started
        }, query)
      const first = await search('river')
      const next = await search('dinner mum')
      const rare = await search('שלום still')
      return {
        'first search ms': first,
        'next search ms': next,
        'other script ms': rare,
        'search heap MB': await s.heapMB(),
      }
    },
  },
  {
    name: 'lock-on',
    title: 'Turning the lock on: key derivation, then every sensitive field of every table sealed',
    start: '/settings/privacy',
    async run(s) {
      await fillNewPasscode(s.page)
      return {
        'lock on ms': await s.clickUntilText('form button[type="submit"]', 'App lock is on.'),
      }
    },
  },
  {
    name: 'progress-locked',
    title: 'Progress with the lock on, after unlocking: its charts read through the decryption',
    start: '/settings/privacy',
    async run(s) {
      const { page } = s
      await lockAndReopen(s, '/journey')
      await page.locator('form button[type="submit"]').click()
      await page.waitForSelector('a[href="/progress"]', { timeout: 60_000 })
      await s.settle('/journey')
      return {
        'Progress ms': await s.clickAndSettle('a[href="/progress"]', '/progress'),
        'Progress heap MB': await s.heapMB(),
      }
    },
  },
  {
    name: 'unlock',
    title: 'Unlock to Today complete: key derivation, then Today read through the decryption',
    start: '/settings/privacy',
    async run(s) {
      const { page } = s
      await lockAndReopen(s, '/')
      const clicked = await page.evaluate(() => {
        const at = performance.now()
        document.querySelector('form button[type="submit"]').click()
        return at
      })
      await page.waitForSelector('nav[aria-label="Main"]', { timeout: 60_000 })
      return { 'unlock to Today ms': (await s.settle('/', clicked)) - clicked }
    },
  },
]
