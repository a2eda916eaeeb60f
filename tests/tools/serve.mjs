// Serves the built app (dist/) the way a real host should: the security headers of
// deploy/headers.mjs (the same as the hosts' config), no caching of the service worker or the
// HTML, gzip for text, and index.html for app routes.
// `node tests/tools/serve.mjs [--port N] [--root DIR]`; port 0 picks a free one. Also imported by tests.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { pathToFileURL } from 'node:url'
import {
  CONTENT_SECURITY_POLICY,
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
} from '../../deploy/headers.mjs'

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

// The headers come from the one source that real hosts' config is generated from.
export { CONTENT_SECURITY_POLICY }

/** What `npm start` says about phones: plain http from the LAN is not enough (see the README). */
export const PHONE_BANNER = [
  'On a phone, Steady needs HTTPS or localhost: browsers allow the app lock, encrypted backups,',
  'installing and offline use only in a secure context. --host 0.0.0.0 lets a phone on your network',
  'open http://<this computer>:PORT, but over plain http those are off (Steady says so). For all of',
  'it: forward the port over USB (Chrome: chrome://inspect > Port forwarding) and open localhost on',
  'the phone, or put HTTPS in front (e.g. caddy reverse-proxy). README: "Try it on a phone".',
].join('\n')

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
      response.setHeader('Cache-Control', immutable ? IMMUTABLE_CACHE : REVALIDATE_CACHE)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
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
  console.log(PHONE_BANNER)
}
