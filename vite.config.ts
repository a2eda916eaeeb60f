import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { readFileSync } from 'node:fs'
import { manifest } from './src/pwa/manifest.ts'
import { inlineCss } from './deploy/inline-css.mjs'
import { pureReactRouter } from './deploy/pure-react-router.mjs'

const packageVersion = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version

// A build id lets a person (and the update test) see which version is running.
const buildId = process.env.STEADY_BUILD_ID ?? new Date().toISOString().slice(0, 16)

// react-router's package exports resolve only to its development build (extra checks and warnings
// running in production); a production build points at its production files instead.
const reactRouterProduction = {
  'react-router/dom': fileURLToPath(
    new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url),
  ),
  'react-router': fileURLToPath(
    new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
  ),
}

export default defineConfig(({ mode }) => ({
  define: {
    __APP_VERSION__: JSON.stringify(packageVersion),
    __APP_BUILD__: JSON.stringify(buildId),
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      ...(mode === 'production' ? reactRouterProduction : {}),
    },
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'], priority: 3 },
            {
              name: 'core',
              test: /[\\/]src[\\/]((db|lib|hooks)[\\/]|components[\\/]toast-store\.ts$)/,
              priority: 2.8,
            },
            {
              name: 'today',
              test: /[\\/]src[\\/](app[\\/](today-prompt|journey-progress|routes[\\/]journey-suggestion)|features[\\/][^\\/]+[\\/]components[\\/](today-card|mood-week|direction-today-card|wellbeing-today-card|backup-reminder))\.tsx?$/,
              priority: 2.5,
            },
          ],
        },
      },
    },
    // Source maps stay out of the shipped app: nothing to fetch, nothing to leak.
    sourcemap: false,
    modulePreload: {
      // Every browser Steady supports preloads modules itself (Safari since 17): no polyfill to ship.
      polyfill: false,
      // A screen loaded later finds its own imports from the precache, so the app need not carry a
      // list of every lazy chunk's dependencies. The welcome and Support keep theirs: they are the
      // screens a first visit opens over the network (Support even before the welcome, from a link
      // in a hard moment), where a chain of imports would delay them.
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'html' || /(^|\/)(welcome|support)-[^/]*\.js$/.test(file) ? deps : [],
    },
  },
  plugins: [
    react(),
    // react-router's unused components (Form, ScrollRestoration, prefetching) left out of the build.
    pureReactRouter(),
    // The stylesheet inlined, allowed by its hash in the CSP: the first paint waits for no file.
    inlineCss(),
    VitePWA({
      // Never update behind the person's back: a waiting worker is announced and applied on consent.
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,txt,svg}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/robots\.txt$/, /\.[a-z0-9]+$/i],
        cleanupOutdatedCaches: true,
        // Offline must never depend on a request at runtime: everything the app needs is precached.
        runtimeCaching: [],
      },
      devOptions: { enabled: false },
    }),
  ],
}))
