// `npm run bench`: Steady measured in a real browser with years of data. It builds the app and the
// dataset generator (tests/bench/generate.ts, bundled from seed-entry.ts), serves them the way a
// host does (tests/tools/serve.mjs), writes two Chromium profiles — "empty" (the welcome done,
// nothing else) and "data" (five years through the app's own writes) — with the service worker
// installed, then runs every scenario of tests/bench/scenarios.mjs several times, each run in a
// fresh copy of its profile, empty and data runs interleaved, at each CPU slowdown (DevTools
// protocol). It prints medians and the data/empty ratio, the bundle per chunk (raw and gzip) and
// the precache total, and writes everything as JSON (bench-results/, or --out) to compare runs.
//
//   node tests/bench/run.mjs [--runs 5] [--only cold-start,screens] [--cpu 1,4] [--no-build]
//                            [--data five-years|tiny] [--out file.json] [--compare earlier.json]
//   node tests/bench/run.mjs --smoke     one run of everything at 1× on the tiny dataset (npm test)
//
// It measures; it asserts nothing about time. It fails only when a scenario cannot run at all.
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium.mjs'
import { startServer } from '../tools/serve.mjs'
import { SCENARIOS } from './scenarios.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
process.chdir(root)

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const SMOKE = args.includes('--smoke')
const RUNS = SMOKE ? 1 : Math.max(1, Number(option('--runs', '5')) || 5)
const DATA = option('--data', SMOKE ? 'tiny' : 'five-years')
const CPU = option('--cpu', SMOKE ? '1' : '')
  .split(',')
  .filter(Boolean)
  .map(Number)
const ONLY = option('--only', '').split(',').filter(Boolean)
const BUILD = !args.includes('--no-build')
/** --app DIR: measure an app already built there (npm test passes the browser tests' build). */
const GIVEN_APP = option('--app', null)
const BUILD_APP = !GIVEN_APP || !existsSync(join(GIVEN_APP, 'sw.js'))
const APP_DIR = BUILD_APP ? 'dist-bench/app' : GIVEN_APP
const SEED_DIR = 'dist-bench/seed'
const OUT = option('--out', SMOKE ? join(tmpdir(), 'steady-bench-smoke.json') : null)
const COMPARE = option('--compare', null)

const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
}

/** Records when the DOM last changed, from the first byte of every page (before the app runs). */
const OBSERVER = `(() => {
  const bench = (window.__bench = { last: 0 })
  new MutationObserver(() => { bench.last = performance.now() })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
})()`

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  if (result.status !== 0) {
    console.error(`${command} ${commandArgs.join(' ')} failed`)
    process.exit(result.status ?? 1)
  }
}

function build() {
  const vite = 'node_modules/vite/bin/vite.js'
  const started = performance.now()
  if (BUILD_APP) {
    run(
      process.execPath,
      [vite, 'build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'warn'],
      {
        STEADY_BUILD_ID: 'bench',
      },
    )
  }
  run(process.execPath, [vite, 'build', '--config', 'tests/bench/vite.seed.config.ts'], {
    STEADY_SEED_OUT: SEED_DIR,
  })
  console.log(
    `Built the app and the generator in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** Every built chunk, raw and gzip, and what the service worker precaches. */
function bundleReport(dir) {
  const files = []
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.push(path)
    }
  }
  walk(dir)
  const chunks = files
    .filter((path) => /\.(js|css)$/.test(path) && path.includes('/assets/'))
    .map((path) => {
      const body = readFileSync(path)
      return {
        file: relative(dir, path),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      }
    })
    .sort((a, b) => b.gzip - a.gzip)
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8')
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1])
  const precacheBytes = precached.reduce((sum, url) => {
    try {
      return sum + statSync(join(dir, url)).size
    } catch {
      return sum
    }
  }, 0)
  return { chunks, precache: { files: precached.length, bytes: precacheBytes } }
}

function printBundle({ chunks, precache }) {
  console.log('\n=== Bundle (every chunk, largest first)')
  for (const chunk of chunks)
    console.log(
      `${kb(chunk.raw).padStart(10)} raw ${kb(chunk.gzip).padStart(9)} gzip  ${chunk.file}`,
    )
  const total = chunks.reduce(
    (sum, chunk) => ({ raw: sum.raw + chunk.raw, gzip: sum.gzip + chunk.gzip }),
    { raw: 0, gzip: 0 },
  )
  console.log(
    `${kb(total.raw).padStart(10)} raw ${kb(total.gzip).padStart(9)} gzip  all ${chunks.length} chunks`,
  )
  console.log(`Precache: ${precache.files} files, ${kb(precache.bytes)} (raw)`)
}

const executablePath = findChromium()

async function launch(profile, { cpu = 1, offline = false } = {}) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    ...PHONE,
    locale: 'en-GB',
    serviceWorkers: 'allow',
  })
  await context.addInitScript(OBSERVER)
  const page = context.pages()[0] ?? (await context.newPage())
  const cdp = await context.newCDPSession(page)
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
  if (offline) await context.setOffline(true)
  return { context, page, cdp }
}

/** Writes a profile: the dataset through the generator, then the service worker installed. */
async function prepareProfile(url, size) {
  const profile = mkdtempSync(join(tmpdir(), `steady-bench-${size}-`))
  const { context, page } = await launch(profile)
  try {
    // robots.txt is on the app's origin and is not the app: the generator writes undisturbed.
    page.on('console', (message) => message.type() === 'error' && console.error(message.text()))
    page.on('pageerror', (error) => console.error(error))
    await page.goto(`${url}/robots.txt`)
    await page.addScriptTag({ url: '/__bench/seed.js', type: 'module' })
    await page.waitForFunction(() => window.steadyBench)
    const started = performance.now()
    const counts = await page.evaluate((name) => window.steadyBench.seed(name), size)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const summary = Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([table, count]) => `${table} ${count}`)
      .join(', ')
    console.log(`Dataset "${size}" written in ${seconds} s: ${summary}`)
    await page.goto(`${url}/`)
    await page.waitForSelector('main h1')
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      const worker = registration.active
      if (worker && worker.state !== 'activated')
        await new Promise((resolve) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
        )
    })
    for (let attempt = 0; attempt < 10; attempt++) {
      await page.reload()
      await page.waitForSelector('main h1')
      if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) break
    }
    return { profile, counts }
  } finally {
    await context.close()
  }
}

/** A session for one run: a fresh copy of the variant's profile, and the helpers scenarios use. */
async function openSession(variant, url, scenario, cpu) {
  const dir = mkdtempSync(join(tmpdir(), 'steady-bench-run-'))
  cpSync(variant.profile, dir, { recursive: true })
  const { context, page, cdp } = await launch(dir, { cpu, offline: Boolean(scenario.offline) })
  // How long the DOM must stay still to call a screen complete; CPU slowdowns stretch every gap.
  const quiet = (SMOKE ? 300 : 600) * cpu
  const session = {
    page,
    cdp,
    url,
    variant: variant.name,
    smoke: SMOKE,
    async heapMB() {
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      return usedSize / 1024 / 1024
    },
    /**
     * Waits until `path` shows a heading and the DOM, changed after `since`, has not changed for a
     * while; returns when it last did (page ms).
     */
    async settle(path, since = 0) {
      await page.waitForFunction(
        ([wanted, ms, after]) =>
          (!wanted || location.pathname === wanted) &&
          document.querySelector('main h1') &&
          window.__bench.last > after &&
          performance.now() - window.__bench.last > ms,
        [path, quiet, since],
        { polling: 50, timeout: 60_000 * cpu },
      )
      return page.evaluate(() => window.__bench.last)
    },
    /** Clicks inside the page and returns the ms from the click to the screen's last DOM change. */
    async clickAndSettle(selector, path) {
      const clicked = await page.evaluate((target) => {
        const element = document.querySelector(target)
        if (!element) throw new Error(`Nothing matches ${target}`)
        const at = performance.now()
        element.click()
        return at
      }, selector)
      return (await session.settle(path, clicked)) - clicked
    },
    /** Clicks inside the page and returns the ms until `text` is in the page. */
    async clickUntilText(selector, text) {
      return page.evaluate(
        ([target, wanted]) =>
          new Promise((resolve, reject) => {
            const element = document.querySelector(target)
            if (!element) return reject(new Error(`Nothing matches ${target}`))
            const at = performance.now()
            const observer = new MutationObserver(() => {
              if (!document.body.textContent.includes(wanted)) return
              observer.disconnect()
              resolve(performance.now() - at)
            })
            observer.observe(document.body, { subtree: true, childList: true, characterData: true })
            element.click()
          }),
        [selector, text],
      )
    },
    async close() {
      await context.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  if (scenario.start !== null) {
    await page.goto(`${url}${scenario.start ?? '/'}`)
    await session.settle(scenario.start ?? '/')
  }
  return session
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const fmt = (name, value) =>
  value === undefined
    ? '–'
    : name.endsWith(' MB')
      ? `${value.toFixed(1)} MB`
      : `${Math.round(value)} ms`

// ── main ─────────────────────────────────────────────────────────────────────────────────────────
if (BUILD) build()
const served = mkdtempSync(join(tmpdir(), 'steady-bench-site-'))
cpSync(APP_DIR, served, { recursive: true })
// seed.js and the chunks it imports (code the app loads lazily is split out here too).
cpSync(SEED_DIR, join(served, '__bench'), { recursive: true })
const server = await startServer({ root: served, port: 0 })

const bundle = bundleReport(APP_DIR)
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  chromium: spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout.trim(),
}
const report = {
  when: new Date().toISOString(),
  machine,
  data: DATA,
  runs: RUNS,
  bundle,
  scenarios: [],
}

const variants = []
try {
  console.log(
    `Bench: ${RUNS} run(s) per variant, dataset "${DATA}", on ${machine.cpu} (${machine.cores} cores), ${machine.chromium}`,
  )
  // The smoke run proves every scenario still runs on data; the empty baseline adds nothing there.
  if (!SMOKE) variants.push({ name: 'empty', ...(await prepareProfile(server.url, 'empty')) })
  variants.push({ name: 'data', ...(await prepareProfile(server.url, DATA)) })
  report.counts = variants.at(-1).counts
  const chosen = SCENARIOS.filter((scenario) => ONLY.length === 0 || ONLY.includes(scenario.name))
  for (const scenario of chosen) {
    for (const cpu of CPU.length
      ? (scenario.cpu ?? [1]).filter((rate) => CPU.includes(rate))
      : (scenario.cpu ?? [1])) {
      console.log(`\n=== ${scenario.title} (${cpu}× CPU${scenario.offline ? ', offline' : ''})`)
      const samples = { empty: [], data: [] }
      for (let index = 0; index < RUNS; index++) {
        for (const variant of variants) {
          const session = await openSession(variant, server.url, scenario, cpu)
          try {
            samples[variant.name].push(await scenario.run(session))
          } finally {
            await session.close()
          }
        }
      }
      const metrics = {}
      for (const name of Object.keys(samples.data[0] ?? {})) {
        const empty = samples.empty.length
          ? median(samples.empty.map((sample) => sample[name]))
          : undefined
        const data = median(samples.data.map((sample) => sample[name]))
        metrics[name] = {
          empty,
          data,
          ratio: empty > 0 ? data / empty : null,
          samples: {
            empty: samples.empty.map((s) => s[name]),
            data: samples.data.map((s) => s[name]),
          },
        }
        const ratio = metrics[name].ratio === null ? '' : `  ×${metrics[name].ratio.toFixed(2)}`
        console.log(
          `${name.padEnd(24)} empty ${fmt(name, empty).padStart(9)}   data ${fmt(name, data).padStart(9)}${ratio}`,
        )
      }
      report.scenarios.push({
        name: scenario.name,
        title: scenario.title,
        cpu,
        offline: Boolean(scenario.offline),
        metrics,
      })
    }
  }
} finally {
  for (const variant of variants) rmSync(variant.profile, { recursive: true, force: true })
  await server.close()
  rmSync(served, { recursive: true, force: true })
}

printBundle(bundle)

if (COMPARE) {
  const before = JSON.parse(readFileSync(COMPARE, 'utf8'))
  console.log(`\n=== Compared with ${COMPARE} (${before.when})`)
  for (const scenario of report.scenarios) {
    const old = before.scenarios.find(
      (other) => other.name === scenario.name && other.cpu === scenario.cpu,
    )
    if (!old) continue
    for (const [name, now] of Object.entries(scenario.metrics)) {
      const was = old.metrics[name]
      if (!was) continue
      console.log(
        `${`${scenario.name} ${scenario.cpu}×`.padEnd(16)} ${name.padEnd(24)} data ${fmt(name, was.data)} → ${fmt(name, now.data)}`,
      )
    }
  }
}

// A table to paste into the README's "Speed" section, with the machine it came from.
if (!SMOKE) {
  console.log(
    `\n=== For the README (${report.when.slice(0, 10)}, ${machine.cpu}, ${machine.cores} cores, ${machine.chromium}, median of ${RUNS})`,
  )
  console.log('| scenario | CPU | metric | empty | five years | ratio |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const scenario of report.scenarios) {
    for (const [name, value] of Object.entries(scenario.metrics)) {
      const ratio =
        value.ratio === null || value.ratio === undefined ? '' : `×${value.ratio.toFixed(2)}`
      console.log(
        `| ${scenario.name} | ${scenario.cpu}× | ${name.replace(/ (ms|MB)$/, '')} | ${fmt(name, value.empty)} | ${fmt(name, value.data)} | ${ratio} |`,
      )
    }
  }
}

const out = OUT ?? join('bench-results', `${report.when.replace(/[:.]/g, '-')}.json`)
mkdirSync(join(out, '..'), { recursive: true })
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
console.log(`\nWrote ${out}`)
