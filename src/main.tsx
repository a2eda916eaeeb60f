import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, AppProviders, preloadScreen } from '@/app/app'
import { preloadTodayCards } from '@/app/routes/today'
import { db, encryptionSource } from '@/db/db'
import { startSettings } from '@/hooks/use-settings'
import { applyCachedTheme } from '@/lib/theme'
import { flushPendingWrites } from '@/lib/pending-writes'
import { listenForInstallPrompt } from '@/pwa/install'
import '@/styles/global.css'

applyCachedTheme()
// Loaded while the database opens (it waits for it), not on the first load. Before the open below.
encryptionSource.load = async () => (await import('@/db/encryption')).createEncryptedCore
listenForInstallPrompt()

// Start-up in parallel instead of a chain: the database opens now, not after React's first commit
// (DatabaseGate's open joins this one, and explains any failure); the app's one settings read
// starts with it, and every screen shares it (theme, lock, welcome guard, Today); Today's cards
// start loading once it is read instead of after Today first renders — for someone who has done
// the welcome only: a first run fetches the welcome instead.
const opening = db.open()
void opening.catch(() => undefined)
const settings = startSettings()
if (window.location.pathname === '/') {
  void settings.then((read) => read.onboardedAt && preloadTodayCards()).catch(() => undefined)
} else {
  // Any other screen opened directly (a link to Support, a reload): its chunk starts loading now.
  preloadScreen(window.location.pathname)
}

// A phone may kill a hidden tab without warning: write anything typed the moment the app is hidden.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void flushPendingWrites()
})
window.addEventListener('pagehide', () => void flushPendingWrites())

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element')
createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
)

// The worker (and workbox-window with it) is not needed to paint Today: register it just after.
void import('@/pwa/register-sw').then(({ registerServiceWorker }) => registerServiceWorker())
