// `npm run test:e2e`: builds the app twice (dist-e2e/v1 with build id e2e-1, dist-e2e/v2 with e2e-2, the
// "new version" for the update test), then runs Playwright on the local Chromium. Extra arguments go
// to `playwright test` (e.g. a file name, --grep, --headed). Never skips: no Chromium is an error.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { findChromium } from './chromium.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
process.chdir(root)

let chromium
try {
  chromium = findChromium()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const env = {
  ...process.env,
  CHROME_PATH: chromium,
  // vite.config reads the version from npm; keep it right when this file is run with plain node.
  npm_package_version: process.env.npm_package_version ?? pkg.version,
  VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
}

const builds = [
  { outDir: 'dist-e2e/v1', buildId: 'e2e-1' },
  { outDir: 'dist-e2e/v2', buildId: 'e2e-2' },
]
for (const { outDir, buildId } of builds) {
  const started = performance.now()
  const build = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit', env: { ...env, STEADY_BUILD_ID: buildId } },
  )
  if (build.status !== 0) {
    console.error(`The build of ${outDir} (STEADY_BUILD_ID=${buildId}) failed; see above.`)
    process.exit(build.status ?? 1)
  }
  console.log(
    `Built ${outDir} (build id ${buildId}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}

// The update test is only meaningful when the second build ships a different service worker.
if (readFileSync('dist-e2e/v1/sw.js', 'utf8') === readFileSync('dist-e2e/v2/sw.js', 'utf8')) {
  console.error(
    'dist-e2e/v1/sw.js and dist-e2e/v2/sw.js are identical: the update test would prove nothing.',
  )
  process.exit(1)
}

console.log(`Running the browser tests with ${chromium}`)
const run = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
  },
)
if (run.error) console.error(run.error)
process.exit(run.status ?? 1)
