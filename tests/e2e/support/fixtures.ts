// The one `test` every browser spec uses: its own server on a free port serving the first build, the
// page's baseURL pointing at it, a fresh context per test (Playwright's default: no service worker or
// IndexedDB carries over), and a failure if any page of that context throws an uncaught error.
import { test as base, expect } from '@playwright/test'
import { DIST_V1, startServer, type AppServer } from './tools'

export const test = base.extend<{ server: AppServer }>({
  // Playwright needs the object pattern to see which fixtures are used; this one uses none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer({ root: DIST_V1, port: 0 })
    try {
      // Make sure it is Steady that answers before testing anything.
      const html = await (await fetch(`${server.url}/`)).text()
      const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? ''
      if (!title.includes('Steady')) {
        throw new Error(
          `${server.url} did not serve Steady (title "${title}"). Build it with tests/tools/e2e.mjs.`,
        )
      }
      await use(server)
    } finally {
      await server.close()
    }
  },
  baseURL: async ({ server }, use) => {
    await use(server.url)
  },
  context: async ({ context }, use) => {
    const errors: string[] = []
    context.on('weberror', (error) => errors.push(error.error().stack ?? String(error.error())))
    await use(context)
    expect(errors, 'uncaught errors in the app during this test').toEqual([])
  },
})

export { expect }
