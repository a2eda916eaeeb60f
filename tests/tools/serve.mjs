// Serves the built app (dist/) the way a real host should: the same Content-Security-Policy as a
// header, no caching of the service worker or the HTML, gzip for text, and index.html for app routes.
// `node tests/tools/serve.mjs [--port N] [--root DIR]`; port 0 picks a free one. Also imported by tests.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { pathToFileURL } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Starts a server for a built app. `setRoot` swaps the folder served (the update test serves a
 * second build from the same origin). Resolves once listening.
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  let base = resolve(root)
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost')
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '')
      let file = join(base, path)
      if (!file.startsWith(base)) return send(response, 403, 'text/plain', 'Forbidden')
      let info = await stat(file).catch(() => null)
      if (info?.isDirectory()) {
        file = join(file, 'index.html')
        info = await stat(file).catch(() => null)
      }
      if (!info) {
        // App routes (no file extension) get the app; a missing asset is a real 404.
        if (extname(path)) return send(response, 404, 'text/plain', 'Not found')
        file = join(base, 'index.html')
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      const body = await readFile(file)
      const immutable = file.includes(`${join(base, 'assets')}`)
      response.setHeader(
        'Cache-Control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
      response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
      response.setHeader('X-Content-Type-Options', 'nosniff')
      response.setHeader('Referrer-Policy', 'no-referrer')
      response.setHeader(
        'Permissions-Policy',
        'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      )
      const gzip =
        /text|javascript|json|svg|manifest/.test(type) &&
        /gzip/.test(request.headers['accept-encoding'] ?? '')
      send(response, 200, type, gzip ? gzipSync(body) : body, gzip, request.method === 'HEAD')
    } catch (error) {
      send(response, 500, 'text/plain', String(error))
    }
  })
  await new Promise((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolveListen)
  })
  const address = server.address()
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
    port: address.port,
    setRoot(next) {
      base = resolve(next)
    },
    close: () => new Promise((done) => server.close(done)),
  }
}

function send(response, status, type, body, gzip = false, headOnly = false) {
  response.statusCode = status
  response.setHeader('Content-Type', type)
  if (gzip) response.setHeader('Content-Encoding', 'gzip')
  response.setHeader('Vary', 'Accept-Encoding')
  response.end(headOnly ? undefined : body)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const option = (name) => {
    const index = args.indexOf(name)
    return index >= 0 ? args[index + 1] : undefined
  }
  const wanted = Number(option('--port') ?? process.env.PORT ?? 4173)
  const root = option('--root') ?? 'dist'
  const host = option('--host') ?? process.env.HOST ?? '127.0.0.1'
  let server
  try {
    server = await startServer({ root, port: wanted, host })
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error
    server = await startServer({ root, port: 0, host })
    console.log(`Port ${wanted} is busy, so another one was chosen.`)
  }
  console.log(`Steady is running at ${server.url}  (Ctrl+C to stop)`)
  console.log(
    'Open it in Chromium, Chrome, Edge or Safari; use --host 0.0.0.0 to reach it from a phone on your network.',
  )
}
