import { usePwaStore, type BeforeInstallPromptEvent } from './store'

/** Keeps the browser's install offer for the Install button instead of showing it unasked. */
export function listenForInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    usePwaStore.setState({ installEvent: event as BeforeInstallPromptEvent })
  })
  window.addEventListener('appinstalled', () => {
    usePwaStore.setState({ installEvent: null, installed: true })
  })
}

export function isRunningInstalled(): boolean {
  return (
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  )
}

/** iPhone and iPad (which reports itself as a Mac with touch) install through Safari's Share menu. */
export function isAppleMobile(): boolean {
  const ua = navigator.userAgent
  return /iphone|ipad|ipod/i.test(ua) || (/macintosh/i.test(ua) && navigator.maxTouchPoints > 1)
}
