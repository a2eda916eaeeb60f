// Typed access to the shared tools in tests/tools (plain .mjs without declarations), the two builds
// the runner makes, and the browser settings every spec shares.
import { fileURLToPath } from 'node:url'
import type { LaunchOptions } from '@playwright/test'

export interface AppServer {
  url: string
  port: number
  /** Serve another folder from the same origin (the update test swaps in the second build). */
  setRoot(dir: string): void
  close(): Promise<void>
}

interface ServeModule {
  startServer(options?: { root?: string; port?: number; host?: string }): Promise<AppServer>
  CONTENT_SECURITY_POLICY: string
}

interface ChromiumModule {
  findChromium(options?: { install?: boolean }): string
  CHROMIUM_ARGS: string[]
}

// Loaded by URL so TypeScript does not look for declaration files; the interfaces above are the contract.
const toolsDir = new URL('../../tools/', import.meta.url)
const serve = (await import(new URL('serve.mjs', toolsDir).href)) as ServeModule
const chromium = (await import(new URL('chromium.mjs', toolsDir).href)) as ChromiumModule

export const { startServer, CONTENT_SECURITY_POLICY } = serve
export const { findChromium, CHROMIUM_ARGS } = chromium

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
/** Built by tests/tools/e2e.mjs with STEADY_BUILD_ID=e2e-1 … */
export const DIST_V1 = fileURLToPath(new URL('../../../dist-e2e/v1/', import.meta.url))
/** … and e2e-2: the "new version" for the update test. */
export const DIST_V2 = fileURLToPath(new URL('../../../dist-e2e/v2/', import.meta.url))

/** $CHROME_PATH (set by the runner) or Debian's chromium; never a downloaded browser. */
export function launchOptions(): LaunchOptions {
  return { executablePath: findChromium(), args: CHROMIUM_ARGS }
}

/** A mid-size phone. Specs that need the narrow case override the viewport. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
} as const
