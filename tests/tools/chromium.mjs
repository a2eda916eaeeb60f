// Finds the Chromium the browser tests use: $CHROME_PATH, else Debian's chromium. As root on
// Debian/Ubuntu it installs the `chromium` package when missing; otherwise it stops with a clear
// message naming what to install. It never lets the browser tests be skipped silently.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium']

/** Flags that keep Chromium from stalling on a closed network and from touching anything outside. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false
  const release = readFileSync('/etc/os-release', 'utf8')
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release)
}

function found() {
  return CANDIDATES.find((path) => existsSync(path))
}

export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`)
    return fromEnv
  }
  const existing = found()
  if (existing) return existing
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (install && root && isDebianLike()) {
    console.log('Chromium is not installed: installing Debian’s chromium package (apt-get)…')
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    const result = spawnSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-color-emoji'],
      {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      },
    )
    if (result.status !== 0)
      throw new Error('apt-get could not install chromium; see the output above.')
    const installed = found()
    if (installed) return installed
  }
  throw new Error(
    'The browser tests need Chromium and none was found.\n' +
      '  On Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
  )
}
