import { dropDataKey, setDataKey } from '@/db/vault'

/**
 * Locking and unlocking reach every open tab of Steady: a BroadcastChannel carries "locked" and,
 * on unlocking, the data key itself (a CryptoKey is copied between same-origin pages in memory,
 * still not extractable; it is never written anywhere). So a tab that stays open never holds
 * text the others have locked away, and never writes in clear into a database that became
 * encrypted in another tab.
 */

type LockMessage = { type: 'locked' } | { type: 'unlocked'; key: CryptoKey }

const CHANNEL = 'steady-lock'
let channel: BroadcastChannel | null = null

function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel
  channel = new BroadcastChannel(CHANNEL)
  // Node (the tests) would otherwise keep running for an open channel.
  ;(channel as { unref?: () => void }).unref?.()
  channel.onmessage = (event: MessageEvent<LockMessage>) => {
    const message = event.data
    if (message?.type === 'locked') onLockedElsewhere()
    else if (message?.type === 'unlocked' && message.key instanceof CryptoKey)
      setDataKey(message.key)
  }
  return channel
}

let onLockedElsewhere = dropDataKey

/**
 * Starts listening for the other tabs (from the lock gate, on every start). `lockHere` locks this
 * tab as its auto-lock does: the screens close (saving their drafts) before the key goes.
 */
export function listenToOtherTabs(lockHere: () => void): () => void {
  open()
  onLockedElsewhere = lockHere
  return () => {
    onLockedElsewhere = dropDataKey
  }
}

export function announceLocked(): void {
  open()?.postMessage({ type: 'locked' } satisfies LockMessage)
}

export function announceUnlocked(key: CryptoKey): void {
  try {
    open()?.postMessage({ type: 'unlocked', key } satisfies LockMessage)
  } catch (error) {
    // A browser that cannot copy a CryptoKey: the other tabs stay locked and ask for the passcode.
    console.warn('Steady could not unlock its other tabs', error)
  }
}

/** Locks this tab and every other open tab of Steady: the data key is forgotten everywhere. */
export function lockEverywhere(): void {
  dropDataKey()
  announceLocked()
}
