// Real-browser tests against the built app. Run them with `npm run test:e2e` (tests/tools/e2e.mjs),
// which builds dist-e2e/v1 and dist-e2e/v2 first and points CHROME_PATH at the local Chromium.
import { defineConfig } from '@playwright/test'
import { launchOptions, PHONE } from './tests/e2e/support/tools'

export default defineConfig({
  testDir: 'tests/e2e',
  // Each test starts its own server and context, so tests of one file may run side by side.
  fullyParallel: true,
  // The machines running this have two cores.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: launchOptions(),
    ...PHONE,
    locale: 'en-GB',
    serviceWorkers: 'allow',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
})
