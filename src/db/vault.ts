/**
 * The app lock's data key while Steady is unlocked: in this tab's memory only, as a CryptoKey that
 * cannot be exported, and dropped the moment the app locks. The encryption middleware reads it;
 * anything that must know whether rows can be read (the lock screen, an in-memory search index)
 * subscribes here.
 */

let dataKey: CryptoKey | null = null
const listeners = new Set<() => void>()

export function getDataKey(): CryptoKey | null {
  return dataKey
}

/** Called when the passcode unwrapped the key (here or in another tab). */
export function setDataKey(key: CryptoKey): void {
  if (dataKey === key) return
  dataKey = key
  for (const listener of listeners) listener()
}

/** Locking: forget the key. Whatever is encrypted can no longer be read in this tab. */
export function dropDataKey(): void {
  if (dataKey === null) return
  dataKey = null
  for (const listener of listeners) listener()
}

/** Calls `listener` whenever the key comes or goes; returns the unsubscribe (useSyncExternalStore). */
export function subscribeToDataKey(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
