import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// A fixed zone with daylight saving, so date tests meet real DST changes wherever they run.
process.env.TZ = 'Europe/Berlin'

export default defineConfig({
  plugins: [react()],
  define: {
    __APP_VERSION__: JSON.stringify('test'),
    __APP_BUILD__: JSON.stringify('test'),
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The real module exists only inside a Vite build with the PWA plugin; the browser tests cover it.
      'virtual:pwa-register': fileURLToPath(
        new URL('./tests/setup/pwa-register-stub.ts', import.meta.url),
      ),
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Two shared cores run lint, builds and browsers beside these: leave room, assert no timings.
    testTimeout: 20_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
})
