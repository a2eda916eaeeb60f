/**
 * The app lock's data key while Steady is unlocked: in this tab's memory only, as a CryptoKey that
 * cannot be exported, and dropped the moment the app locks. The encryption middleware reads it;
 * anything that must know whether rows can be read (the lock screen, an in-memory search index)
 * subscribes here.
 */

let dataKey: CryptoKey | null = null
const listeners = new Set<() => void>()
const forgetters = new Set<() => void>()

export function getDataKey(): CryptoKey | null {
  return dataKey
}

/** Called when the passcode unwrapped the key (here or in another tab). */
export function setDataKey(key: CryptoKey): void {
  if (dataKey === key) return
  dataKey = key
  for (const listener of listeners) listener()
}

/**
 * Locking (and "Delete everything"): forget the key, and everything kept in memory from opened rows
 * (see `forgetOnLock`). Whatever is encrypted can no longer be read in this tab.
 */
export function dropDataKey(): void {
  // Even with no key (the lock off, an erase): what was read goes either way.
  for (const forget of forgetters) forget()
  if (dataKey === null) return
  dataKey = null
  for (const listener of listeners) listener()
}

/** Calls `listener` whenever the key comes or goes; returns the unsubscribe (useSyncExternalStore). */
export function subscribeToDataKey(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Registers `forget`, which drops something kept in memory from what the person wrote (the
 * journal's search index): called whenever the key is dropped — on locking, here or in another
 * tab, and on "Delete everything". Returns the unregister.
 */
export function forgetOnLock(forget: () => void): () => void {
  forgetters.add(forget)
  return () => forgetters.delete(forget)
}
