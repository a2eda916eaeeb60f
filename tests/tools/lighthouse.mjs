// Measures the built app with Lighthouse 12 (mobile): performance, accessibility, best practices, SEO.
// It builds the app, serves dist/ the way a real host does (tests/tools/serve.mjs: CSP, gzip, caching),
// runs each page several times in a fresh headless Chromium, and prints every run's scores, the
// median per category, the median run's key metrics and every audit that is not fully passing.
// It measures; it does not gate: it exits 0 once the report is printed.
//
//   node tests/tools/lighthouse.mjs [--runs 3] [--no-build] [--only first-run,support,today]
//
// Pages: "first-run" is '/' on an empty database (the app redirects to /welcome); "support" is
// /support (opens without the welcome); "today" is '/' after the welcome was completed in the same
// profile (IndexedDB kept, service worker and HTTP cache removed so it is still a cold load).
// The median run's full HTML report is saved in a temp folder whose path is printed at the end.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs'
import { startServer } from './serve.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const RUNS = Math.max(1, Number(option('--runs', '3')) || 3)
const BUILD = !args.includes('--no-build')
const ONLY = option('--only', '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean)

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const LISTED_CATEGORIES = ['accessibility', 'best-practices', 'seo']
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
]

const TARGETS = [
  {
    key: 'first-run',
    title: "First run: '/' on an empty database (redirects to /welcome)",
    path: '/',
  },
  { key: 'support', title: "Support: '/support' (opens without the welcome)", path: '/support' },
  {
    key: 'today',
    title: "Today, onboarded: '/' after the welcome (cold load, data kept)",
    path: '/',
    onboard: true,
  },
].filter((target) => ONLY.length === 0 || ONLY.includes(target.key))

function build() {
  console.log('Building the app (vite build)…')
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) {
    console.error('The build failed; there is nothing to measure.')
    process.exit(result.status ?? 1)
  }
}

/**
 * Completes the welcome ("Sam", Start) in this Chromium profile, then removes the service worker and
 * every cache so the audited load is a cold one that differs from a first run only by the data.
 * Uses puppeteer-core, which Lighthouse itself depends on and drives.
 */
async function onboard(port, origin) {
  const { default: puppeteer } = await import('puppeteer-core')
  const browser = await puppeteer.connect({
    browserURL: `http://127.0.0.1:${port}`,
    defaultViewport: null,
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${origin}/welcome`, { waitUntil: 'load' })
    await page
      .locator('::-p-aria([name="What should Steady call you?"][role="textbox"])')
      .fill('Sam')
    await page.locator('::-p-aria([name="Start"][role="button"])').click()
    await page.waitForFunction(
      // The welcome goes on to the Journey (a new person is shown the path), not to Today.
      () => location.pathname !== '/welcome' && document.querySelector('#main h1'),
      {
        timeout: 15_000,
      },
    )
    await page.evaluate(async () => {
      const registrations = (await navigator.serviceWorker?.getRegistrations?.()) ?? []
      await Promise.all(registrations.map((registration) => registration.unregister()))
      await Promise.all((await caches.keys()).map((key) => caches.delete(key)))
    })
    const session = await page.createCDPSession()
    await session.send('Network.clearBrowserCache')
    await page.goto('about:blank')
    await page.close()
  } finally {
    await browser.disconnect()
  }
}

async function auditOnce(url, target, origin) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless'],
    logLevel: 'silent',
  })
  try {
    if (target.onboard) await onboard(chrome.port, origin)
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'html',
      formFactor: 'mobile',
      onlyCategories: CATEGORIES,
      // The onboarded audit needs the IndexedDB written above; onboard() already emptied the caches.
      disableStorageReset: Boolean(target.onboard),
    })
    if (!result) throw new Error('Lighthouse returned no result.')
    return result
  } finally {
    await chrome.kill()
  }
}

const score = (lhr, id) => {
  const value = lhr.categories[id]?.score
  return typeof value === 'number' ? Math.round(value * 100) : null
}
const fmtScore = (value) => (value === null ? '  –' : String(value).padStart(3))
const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2)
}
const fmtMetric = (lhr, id) => {
  const audit = lhr.audits[id]
  if (!audit || typeof audit.numericValue !== 'number') return 'n/a'
  const value = audit.numericValue
  return id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`
}

/** The run whose performance score is the median (ties: the one whose FCP is closest to the median FCP). */
function medianRun(runs) {
  const perf = median(runs.map((run) => score(run.lhr, 'performance')))
  const fcp = median(
    runs.map((run) => run.lhr.audits['first-contentful-paint']?.numericValue ?? null),
  )
  return [...runs].sort((a, b) => {
    const byScore =
      Math.abs(score(a.lhr, 'performance') - perf) - Math.abs(score(b.lhr, 'performance') - perf)
    if (byScore !== 0) return byScore
    const fa = a.lhr.audits['first-contentful-paint']?.numericValue ?? 0
    const fb = b.lhr.audits['first-contentful-paint']?.numericValue ?? 0
    return Math.abs(fa - fcp) - Math.abs(fb - fcp)
  })[0]
}

/** Audits of a category that count and are not fully passing, with how many runs they failed in. */
function failingAudits(runs, categoryId) {
  const found = new Map()
  for (const { lhr } of runs) {
    for (const ref of lhr.categories[categoryId]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || audit.score === null || audit.score >= 1) continue
      if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue
      const entry = found.get(ref.id) ?? {
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        runs: 0,
        items: [],
      }
      entry.runs++
      entry.score = Math.min(entry.score, audit.score)
      if (entry.items.length === 0) entry.items = describeItems(audit)
      found.set(ref.id, entry)
    }
  }
  return [...found.values()]
}

/** A few of the failing elements or URLs of an audit, so a developer knows where to look. */
function describeItems(audit) {
  const items = audit.details?.items ?? []
  return items.slice(0, 5).map((item) => {
    const node = item.node ?? item.source ?? item
    return String(
      node.snippet ??
        node.selector ??
        node.nodeLabel ??
        item.url ??
        item.description ??
        JSON.stringify(item),
    )
      .replace(/\s+/g, ' ')
      .slice(0, 160)
  })
}

if (BUILD) build()
const server = await startServer({ root: 'dist', port: 0 })
const reportDir = mkdtempSync(join(tmpdir(), 'steady-lighthouse-'))
const summary = []
console.log(
  `Serving dist/ at ${server.url}; ${RUNS} Lighthouse run(s) per page, mobile, ${CATEGORIES.join(', ')}.`,
)

try {
  for (const target of TARGETS) {
    const url = `${server.url}${target.path}`
    console.log(`\n=== ${target.title}`)
    const runs = []
    for (let index = 1; index <= RUNS; index++) {
      const started = Date.now()
      try {
        const result = await auditOnce(url, target, server.url)
        const { lhr } = result
        runs.push(result)
        const scores = CATEGORIES.map((id) => `${id} ${fmtScore(score(lhr, id))}`).join('  ')
        const problem = lhr.runtimeError ? `  runtime error: ${lhr.runtimeError.message}` : ''
        console.log(
          `Run ${index}: ${scores}  (${((Date.now() - started) / 1000).toFixed(0)} s, ended at ${lhr.finalDisplayedUrl})${problem}`,
        )
        for (const warning of lhr.runWarnings ?? []) console.log(`  warning: ${warning}`)
      } catch (error) {
        console.log(`Run ${index}: failed: ${error instanceof Error ? error.message : error}`)
      }
    }
    if (runs.length === 0) {
      summary.push({ target, medians: null })
      continue
    }
    const medians = Object.fromEntries(
      CATEGORIES.map((id) => [id, median(runs.map((run) => score(run.lhr, id)))]),
    )
    console.log(`Median: ${CATEGORIES.map((id) => `${id} ${fmtScore(medians[id])}`).join('  ')}`)
    const middle = medianRun(runs)
    console.log(
      `Median run metrics: ${METRICS.map(([label, id]) => `${label} ${fmtMetric(middle.lhr, id)}`).join(' · ')}`,
    )
    const reportPath = join(reportDir, `${target.key}.html`)
    writeFileSync(reportPath, middle.report)
    for (const categoryId of LISTED_CATEGORIES) {
      const failing = failingAudits(runs, categoryId)
      if (failing.length === 0) {
        console.log(`${categoryId}: every audit passes`)
        continue
      }
      console.log(`${categoryId}: ${failing.length} audit(s) not fully passing:`)
      for (const audit of failing) {
        console.log(
          `  - ${audit.title} [${audit.id}] score ${audit.score}, weight ${audit.weight}, in ${audit.runs}/${runs.length} run(s)`,
        )
        for (const item of audit.items) console.log(`      ${item}`)
      }
    }
    summary.push({ target, medians, reportPath })
  }
} finally {
  await server.close()
}

console.log('\n=== Summary (median of runs, 0–100)')
for (const { target, medians, reportPath } of summary) {
  const line = medians
    ? CATEGORIES.map((id) => `${id} ${fmtScore(medians[id])}`).join('  ')
    : 'no successful run'
  console.log(`${target.key.padEnd(10)} ${line}${reportPath ? `  (report: ${reportPath})` : ''}`)
}
process.exit(0)
