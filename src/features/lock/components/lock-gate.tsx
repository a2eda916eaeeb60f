import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { FullScreenMessage } from '@/components/full-screen-message'
import { useSettings } from '@/hooks/use-settings'
import { shouldAutoLock } from '../logic/auto-lock'

// Only someone who turned the lock on needs the lock screen (and its hashing and erasing): it is
// fetched, from the precache when offline, only then, keeping the app's first load small.
const LockScreen = lazy(async () => ({ default: (await import('./lock-screen')).LockScreen }))
const opening = <p className="boot">Steady is opening…</p>

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
  // Decided by the first read of the settings: a lock turned on later in Settings leaves this
  // visit open, and the next start (or the auto-lock) asks for the passcode.
  const [unlocked, setUnlocked] = useState<boolean | null>(null)
  const [erased, setErased] = useState(false)
  if (settings && unlocked === null) setUnlocked(lock === null)

  useAutoLock(lock && unlocked ? lock.autoLockMinutes : null, () => setUnlocked(false))

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
          onUnlock={() => setUnlocked(true)}
          onErased={() => setErased(true)}
        />
      </Suspense>
    )
  }
  return children
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
