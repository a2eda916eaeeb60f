// What a phone must download before Steady can show Today: the entry script and every chunk it
// preloads, gzipped. Needs no browser: it reads the first build (dist-e2e/v1).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { DIST_V1 } from './support/tools'

/**
 * Gzipped bytes of JavaScript on the critical path: 131 KB today (130.3 measured once the month view,
 * posting, Progress and the encryption layer joined the route table and the boot), on the way to
 * issue 14's 125 KB (120 the aim). react-dom (≈64.7 KB), dexie (≈30.8 KB) and react-router's
 * declarative mode (≈11 KB) are most of it; screens, overlays and the worker load after the first
 * paint, and lazy chunks carry no list of their dependencies (vite.config.ts, modulePreload).
 */
const BUDGET = 131_000

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
