import { db } from './db'
import { dropDataKey } from './vault'

/**
 * Workbox's precache: the app's own files (HTML, scripts, styles), never anything the person wrote.
 * It stays, so Steady still opens offline after an erase. The worker only fills it when it installs,
 * so deleting it would leave Steady unable to start without a connection until the next version.
 */
const APP_FILES_CACHE = /^workbox-precache/

/**
 * Removes everything Steady keeps about the person on this device: the database (journal, check-ins,
 * drafts, settings and the lock), every other Cache Storage cache, and local and session storage (the
 * theme mirror). Cannot be undone. The caller reloads the app right after.
 */
export async function eraseEverything(): Promise<void> {
  // The key first: with the wrapped data key gone, whatever the browser's files keep of the sealed
  // rows until they are compacted can never be opened again. (The key in memory goes last, so the
  // screen still showing stays readable until the reload.)
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('app')
    if (!row?.lock?.wrappedKey) return
    const { wrappedKey: _destroyed, wrapIv: _iv, ...lock } = row.lock
    await db.settings.put({ ...row, lock })
  })
  // Auto-open stays on: a screen still showing may read once more before the reload, and should find
  // an empty database rather than fail.
  await db.delete({ disableAutoOpen: false })
  if (typeof caches !== 'undefined') {
    const names = await caches.keys()
    await Promise.all(
      names.filter((name) => !APP_FILES_CACHE.test(name)).map((name) => caches.delete(name)),
    )
  }
  dropDataKey()
  for (const storage of [localStorage, sessionStorage]) {
    try {
      storage.clear()
    } catch {
      // Storage blocked by the browser: then nothing was written there either.
    }
  }
}
