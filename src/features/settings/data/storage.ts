import { updateSettings } from '@/hooks/use-settings'
import type { PersistenceState } from '@/db/types'

/**
 * Asks the browser to keep Steady's data even when space runs low. Browsers decide on their own
 * (Chromium grants it to installed or often-used apps; Safari's answer depends on installation),
 * so the result is recorded and shown in Settings rather than assumed.
 */
export async function requestPersistentStorage(): Promise<PersistenceState> {
  let state: PersistenceState
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) {
    state = 'unsupported'
  } else {
    try {
      state =
        (await navigator.storage.persisted()) || (await navigator.storage.persist())
          ? 'granted'
          : 'denied'
    } catch {
      state = 'denied'
    }
  }
  await updateSettings({ persistence: state, persistenceAskedAt: new Date().toISOString() })
  return state
}

export interface StorageStatus {
  /** null when the browser cannot tell. */
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ])
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }
}
