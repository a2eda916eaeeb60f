import { registerSW } from 'virtual:pwa-register'
import { flushPendingWrites } from '@/lib/pending-writes'
import { usePwaStore } from './store'

/** Looking for a new version more often than this while the app stays open is wasted work. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * Registers the service worker (workbox-window underneath). A new version waits until the person
 * taps Update; before the reload every unsaved draft is written, so nothing typed is lost.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const updateSW = registerSW({
    onNeedRefresh() {
      usePwaStore.setState({ needRefresh: true })
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return
      let lastCheck = Date.now()
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible' || !navigator.onLine) return
        if (Date.now() - lastCheck < UPDATE_CHECK_MS) return
        lastCheck = Date.now()
        registration.update().catch(() => {
          // Offline or the server is away: the next visit checks again.
        })
      })
    },
  })
  usePwaStore.setState({
    applyUpdate: async () => {
      await flushPendingWrites()
      await updateSW(true)
    },
  })
}
