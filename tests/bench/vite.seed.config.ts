// Builds tests/bench/seed-entry.ts into one ES module (`seed.js`) for the bench to load on a page
// of the app's origin. Same aliases and defines as the app, so the app's modules build the same.
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify('bench'),
    __APP_BUILD__: JSON.stringify('bench'),
    // Library mode leaves this to the host; the seed runs in a page, where there is no process.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  logLevel: 'warn',
  // The app's public files are not the seed's: only seed.js is written.
  publicDir: false,
  build: {
    target: 'es2022',
    emptyOutDir: true,
    outDir: process.env.STEADY_SEED_OUT ?? 'dist-bench/seed',
    lib: {
      entry: fileURLToPath(new URL('./seed-entry.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'seed.js',
    },
  },
})
