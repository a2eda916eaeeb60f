import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { HOST_CONFIGS, STYLE_HASHES } from '../../deploy/headers.mjs'
import { styleHash } from '../../deploy/inline-css.mjs'

// The CSP allows the inlined stylesheet by its hash, in index.html's meta and in every header the
// app ships with. A CSS change that is merged or committed without the build's rewrite of those
// files would ship a page the browser renders unstyled: build the app as it is, and compare.
const root = process.cwd()
let outDir = ''
let builtHtml = ''
let builtHashes: string[] = []

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'steady-style-hash-'))
  process.env.STEADY_STYLE_HASH_CHECK = '1'
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    })
  } finally {
    delete process.env.STEADY_STYLE_HASH_CHECK
  }
  builtHtml = readFileSync(join(outDir, 'index.html'), 'utf8')
  builtHashes = [...builtHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) =>
    styleHash(match[1]!),
  )
}, 180_000)

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

test('deploy/style-hashes.json holds the hash of the stylesheet the build inlines (run `npm run build` and commit what it rewrote)', () => {
  expect(builtHashes.length).toBeGreaterThan(0)
  expect(STYLE_HASHES).toEqual(builtHashes)
})

test('the built index.html’s CSP meta allows the inlined stylesheet by that hash', () => {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(builtHtml)?.[1]
  for (const hash of builtHashes) expect(meta).toContain(`'${hash}'`)
})

test.each(Object.keys(HOST_CONFIGS).filter((path) => !path.endsWith('_redirects')))(
  '%s allows the inlined stylesheet by its hash',
  (path) => {
    const text = readFileSync(join(root, path), 'utf8')
    for (const hash of builtHashes) expect(text).toContain(`'${hash}'`)
  },
)
