import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  HOST_CONFIGS,
  IMMUTABLE_CACHE,
  metaContentSecurityPolicy,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
  STYLE_HASHES,
} from '../../deploy/headers.mjs'
import { styleHash } from '../../deploy/inline-css.mjs'
// @ts-expect-error: a plain Node script without types; only startServer is used here.
import { startServer } from '../tools/serve.mjs'

// Vitest runs from the project's root.
const root = process.cwd()

test.each(Object.keys(HOST_CONFIGS))(
  '%s is exactly what deploy/headers.mjs generates (run `node deploy/headers.mjs`)',
  (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(HOST_CONFIGS[path]!())
  },
)

test.each(Object.keys(HOST_CONFIGS).filter((path) => !path.endsWith('_redirects')))(
  '%s carries every security header',
  (path) => {
    const text = readFileSync(join(root, path), 'utf8')
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(text).toContain(name)
      expect(text).toContain(value)
    }
    expect(text).toContain(IMMUTABLE_CACHE)
  },
)

test('the CSP keeps other frames out: frame-ancestors, which only a header can carry', () => {
  expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  // The copy in index.html (for hosts that send no header at all) says the rest the same way.
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1]
  // The source carries no hash: the build writes the inlined stylesheet's into the built copy.
  expect(meta).toBe(metaContentSecurityPolicy([]))
  expect(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '')).toBe(
    metaContentSecurityPolicy(),
  )
})

test('styles are allowed by the inlined stylesheet’s hash, never by unsafe-inline', () => {
  expect(STYLE_HASHES.length).toBeGreaterThan(0)
  for (const hash of STYLE_HASHES) {
    expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/)
    expect(CONTENT_SECURITY_POLICY).toContain(`'${hash}'`)
  }
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
  // The hash of a <style>'s exact text, as a browser computes it (SHA-256 of nothing, base64).
  expect(styleHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=')
})

function headersOf(url: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      response.resume()
      resolve(response.headers)
    }).on('error', reject)
  })
}

test('the test server sends the same headers, with the same caching', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'steady-dist-'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Steady</title>')
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'export {}')
  const server = await startServer({ root: dist, port: 0 })
  try {
    for (const [path, cache] of [
      ['/journal/some-entry', REVALIDATE_CACHE],
      ['/assets/index-abc123.js', IMMUTABLE_CACHE],
    ] as const) {
      const headers = await headersOf(`${server.url}${path}`)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value)
      }
      expect(headers['cache-control']).toBe(cache)
    }
  } finally {
    await server.close()
  }
})

test('the npm start banner says a phone needs HTTPS or localhost, and how to get it', async () => {
  // @ts-expect-error: a plain Node script without types.
  const { PHONE_BANNER } = (await import('../tools/serve.mjs')) as { PHONE_BANNER: string }
  expect(PHONE_BANNER).toMatch(/needs HTTPS or localhost/)
  expect(PHONE_BANNER).toMatch(/Port forwarding/)
  expect(PHONE_BANNER).toMatch(/app lock, encrypted backups/)
})
