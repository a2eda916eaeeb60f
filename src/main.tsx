import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, AppProviders } from '@/app/app'
import { encryptionSource } from '@/db/db'
import { applyCachedTheme } from '@/lib/theme'
import { flushPendingWrites } from '@/lib/pending-writes'
import { listenForInstallPrompt } from '@/pwa/install'
import '@/styles/global.css'

applyCachedTheme()
// Loaded while the database opens (it waits for it), not on the first load.
encryptionSource.load = async () => (await import('@/db/encryption')).createEncryptedCore
listenForInstallPrompt()

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
