// fake-indexeddb must be in place before the database module loads.
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { db, encryptionSource } from '@/db/db'
import { createEncryptedCore } from '@/db/encryption'
import { dropDataKey } from '@/db/vault'
import { useToastStore } from '@/components/toast-store'
import { usePwaStore } from '@/pwa/store'
import { useHelpNowStore } from '@/features/support/store'
import { useUrgeExerciseStore } from '@/features/no-contact/urge-store'

// As main.tsx does: the database opens with its encryption layer.
encryptionSource.load = async () => createEncryptedCore

// findBy/waitFor wait for what a person would wait for; generous, since CI shares two cores.
configure({ asyncUtilTimeout: 5000 })

// An unexpected console.error is a failure: React warnings and swallowed errors must not slip by.
// A test that expects one declares it with `expectConsoleError()` from tests/setup/render.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if ((globalThis as { __allowConsoleError?: boolean }).__allowConsoleError) return
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(async () => {
  cleanup()
  vi.useRealTimers()
  // The lock's key lives in memory: each test starts locked out of nothing, like a fresh start.
  dropDataKey()
  ;(globalThis as { __allowConsoleError?: boolean }).__allowConsoleError = false
  await Promise.all(db.tables.map((table) => table.clear()))
  localStorage.clear()
  useUrgeExerciseStore.getState().reset()
  useToastStore.setState({ toast: null })
  useHelpNowStore.setState({ open: false, access: 'no-storage', sessionCountry: undefined })
  usePwaStore.setState({
    needRefresh: false,
    updateDeferred: false,
    applyUpdate: null,
    installEvent: null,
    installed: false,
  })
  document.documentElement.removeAttribute('data-theme')
})

// jsdom lacks these browser APIs that the app calls; each stands in with the browser's behaviour.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList
}
window.scrollTo = () => {}
Element.prototype.scrollIntoView = function scrollIntoView() {}
