// What a phone must download before Steady can show Today: the entry script and every chunk it
// preloads, gzipped. Needs no browser: it reads the first build (dist-e2e/v1).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { DIST_V1 } from './support/tools'

/**
 * Gzipped bytes of JavaScript on the critical path: 125 KB, issue 14's budget (120 the aim). It was
 * 130.5 KB in 18 files until the app's own links replaced react-router's (src/components/link.tsx),
 * react-router's unused components became removable (deploy/pure-react-router.mjs) and everything
 * the entry imports became one file (vite.config.ts, codeSplitting): 123.3 KB. react-dom (≈60 KB),
 * dexie (≈30 KB) and react-router's declarative mode are most of it; screens, Today's cards,
 * overlays and the worker load after the first paint.
 */
const BUDGET = 125_000

const gzipped = (file: string) => gzipSync(readFileSync(join(DIST_V1, file)), { level: 9 }).length
const kb = (bytes: number) =>
  `${(bytes / 1000).toFixed(1).padStart(6)} KB (${bytes.toLocaleString('en').padStart(7)} B)`

test('the JavaScript needed to open the app stays within the budget', () => {
  const html = readFileSync(join(DIST_V1, 'index.html'), 'utf8')
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\/([^"]+)"/g)].map(
    (match) => match[1]!,
  )
  const preloads = [
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\/([^"]+)"/g),
  ].map((match) => match[1]!)
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\/([^"]+)"/g)].map(
    (match) => match[1]!,
  )
  expect(entries, 'index.html has one entry script').toHaveLength(1)

  const critical = [...entries, ...preloads].map((file) => ({ file, bytes: gzipped(file) }))
  const total = critical.reduce((sum, chunk) => sum + chunk.bytes, 0)
  const others = readdirSync(join(DIST_V1, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => !critical.some((chunk) => chunk.file === file) && !styles.includes(file))
    .map((file) => ({ file, bytes: gzipped(file) }))
    .sort((a, b) => b.bytes - a.bytes)

  const width = Math.max(...[...critical, ...others].map(({ file }) => file.length))
  console.log(
    [
      `Loaded to open the app (gzip -9):`,
      ...critical.map(({ file, bytes }) => `  ${file.padEnd(width)} ${kb(bytes)}`),
      `  ${'total'.padEnd(width)} ${kb(total)}  budget ${BUDGET.toLocaleString('en')} B, ${(BUDGET - total).toLocaleString('en')} B left`,
      `Also loaded at start, outside the JavaScript budget:`,
      ...styles.map((file) => `  ${file.padEnd(width)} ${kb(gzipped(file))}`),
      `Loaded later, on demand or from the precache (for reference):`,
      ...others.map(({ file, bytes }) => `  ${file.padEnd(width)} ${kb(bytes)}`),
    ].join('\n'),
  )

  expect(
    total,
    `the critical JavaScript is ${total} bytes gzipped; the budget is ${BUDGET}`,
  ).toBeLessThanOrEqual(BUDGET)
})

/** The chunks a built chunk imports statically, found in its `import … from"./x.js"` statements. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(DIST_V1, file), 'utf8')
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)].map(
    (match) => `assets/${match[1]!}`,
  )
}

/** Every chunk loading `file` brings with it, itself included, except the entry (always there). */
function closure(file: string, entry: string, seen = new Set<string>()): Set<string> {
  if (file === entry || seen.has(file)) return seen
  seen.add(file)
  for (const next of staticImports(file)) closure(next, entry, seen)
  return seen
}

test('Today’s cards come in one chunk, and the screens of a first visit do not fetch it', () => {
  const html = readFileSync(join(DIST_V1, 'index.html'), 'utf8')
  const entry = /<script\b[^>]*\bsrc="\/([^"]+)"/.exec(html)![1]!
  const assets = readdirSync(join(DIST_V1, 'assets')).map((name) => `assets/${name}`)
  const chunk = (name: string) => {
    const found = assets.filter((file) => new RegExp(`^assets/${name}-[\\w-]{8}\\.js$`).test(file))
    expect(found, `one ${name} chunk`).toHaveLength(1)
    return found[0]!
  }

  // Built from many modules, Today's question and cards arrive in one request (vite.config.ts), not
  // as fourteen small chunks in a chain of four, which Lighthouse's first paint of Today waited on.
  const today = chunk('today')
  for (const name of ['today-prompt', 'mood-week', 'today-card', 'direction-today-card'])
    expect(
      assets.some((file) => file.startsWith(`assets/${name}-`)),
      name,
    ).toBe(false)

  const loads: Record<string, Set<string>> = {
    today: closure(today, entry),
    welcome: closure(chunk('welcome'), entry),
    support: closure(chunk('support'), entry),
    'shell overlays': closure(chunk('shell-overlays'), entry),
  }
  console.log(
    Object.entries(loads)
      .map(
        ([screen, files]) =>
          `${screen}: ${[...files].map((file) => `${file} ${gzipped(file)}`).join(', ')}`,
      )
      .join('\n'),
  )
  expect([...loads.today!].filter((file) => file !== today)).toEqual([chunk('core')])
  for (const screen of ['welcome', 'support', 'shell overlays'])
    expect([...loads[screen]!], `${screen} fetches Today's chunk`).not.toContain(today)
})
