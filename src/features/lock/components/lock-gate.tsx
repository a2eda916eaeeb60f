import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { FullScreenMessage } from '@/components/full-screen-message'
import { getDataKey, subscribeToDataKey } from '@/db/vault'
import { useSettings } from '@/hooks/use-settings'
import { shouldAutoLock } from '../logic/auto-lock'

// Only someone who turned the lock on needs the lock screen (and its hashing and erasing): it is
// fetched, from the precache when offline, only then, keeping the app's first load small.
const LockScreen = lazy(async () => ({ default: (await import('./lock-screen')).LockScreen }))
const opening = <p className="boot">Steady is opening…</p>
// Only with a lock: fields kept out of the browser's session files, and the other tabs' news.
const PrivateTyping = lazy(async () => ({
  default: (await import('@/components/private-typing')).PrivateTyping,
}))
const lockChannel = () => import('../data/lock-channel')

interface LockGateProps {
  children: ReactNode
  /** Help for someone in crisis, reachable without the passcode. */
  support: ReactNode
}

/**
 * Shows the lock screen instead of the app while a lock is set and this visit is not unlocked.
 * Unlocked lives only in memory, so every start of the app begins locked. Locking unmounts the
 * whole app, router and all: open editors write their drafts as they unmount, so nothing is lost.
 */
export function LockGate({ children, support }: LockGateProps) {
  const settings = useSettings()
  const lock = settings?.lock ?? null
  // Open while this tab holds the data key (unlocked here or in another tab, or the lock was just
  // turned on here), or when there is no lock. Every start of the app begins without the key.
  const key = useSyncExternalStore(subscribeToDataKey, getDataKey)
  const [erased, setErased] = useState(false)
  // Locking closes the screens first, so open editors save their drafts with the key they began
  // with; the key is dropped (here and in every other tab) once they are gone. `closed` is the key
  // whose screens were closed: an unlock brings a new key object, which opens them again.
  const [closed, setClosed] = useState<CryptoKey | null>(null)
  const hasLock = lock !== null
  useEffect(() => {
    if (!hasLock) return
    let stop = () => {}
    let live = true
    void lockChannel().then((channel) => {
      if (live) stop = channel.listenToOtherTabs(() => setClosed(getDataKey()))
    })
    return () => {
      live = false
      stop()
    }
  }, [hasLock])
  useEffect(() => {
    if (closed && getDataKey() === closed)
      void lockChannel().then((channel) => channel.lockEverywhere())
  }, [closed])
  const unlocked = settings === undefined ? null : lock === null || (key !== null && key !== closed)

  useAutoLock(lock && unlocked ? lock.autoLockMinutes : null, () => setClosed(getDataKey()))

  if (erased) {
    return (
      <FullScreenMessage title="Starting again">
        <p>Everything is deleted. Steady is starting again.</p>
      </FullScreenMessage>
    )
  }
  if (unlocked === null) return opening
  if (lock && !unlocked) {
    return (
      <Suspense fallback={opening}>
        <LockScreen
          lock={lock}
          support={support}
          onUnlock={() => {}}
          onErased={() => setErased(true)}
        />
      </Suspense>
    )
  }
  return (
    <>
      {hasLock && (
        <Suspense fallback={null}>
          <PrivateTyping active />
        </Suspense>
      )}
      {children}
    </>
  )
}

/**
 * Locks once the page has been hidden (another app, the home screen, the screen off) for at least
 * `minutes`, checked when it is shown again. With 0 it locks the moment it is hidden, which also
 * keeps the journal out of the phone's app-switcher preview. null: no lock to apply.
 */
function useAutoLock(minutes: number | null, lock: () => void) {
  const hiddenAt = useRef<number | null>(null)
  const lockRef = useRef(lock)
  useEffect(() => {
    lockRef.current = lock
  })

  useEffect(() => {
    if (minutes === null) return
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') {
        hiddenAt.current = Date.now()
        if (minutes === 0) lockRef.current()
        return
      }
      const since = hiddenAt.current
      hiddenAt.current = null
      if (since !== null && shouldAutoLock(Date.now() - since, minutes)) lockRef.current()
    }
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => document.removeEventListener('visibilitychange', onVisibilityChange)
  }, [minutes])
}
