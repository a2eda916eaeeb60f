import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { NeedHelpRow } from '@/features/support/components/need-help-row'
import { db } from '@/db/db'
import { errorNames } from '@/lib/errors'

// Only needed when storage fails: fetched then (from the precache when offline).
const SupportWithoutStorage = lazy(async () => ({
  default: (await import('@/features/support/components/support-without-storage'))
    .SupportWithoutStorage,
}))

// Only when something is wrong: the explanations are fetched then (from the precache offline).
const DatabaseProblem = lazy(async () => ({
  default: (await import('./database-problem')).DatabaseProblem,
}))

type GateState = 'opening' | 'ready' | 'unavailable' | 'blocked' | 'outdated' | 'erased'

/**
 * Opens the database before anything else renders. When this browser cannot store data (private
 * browsing, storage switched off, disk full) or another tab holds a different version, the person
 * gets an explanation instead of a blank page.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>('opening')
  const slow = useSlowOpening(state === 'opening')

  useEffect(() => {
    let live = true
    const onBlocked = () => live && setState('blocked')
    const onVersionChange = (event: IDBVersionChangeEvent) => {
      // A newer Steady in another tab needs the database: let it upgrade, and ask this tab to reload.
      // No new version means another tab is deleting everything: let it, and say so.
      db.close()
      if (live) setState(event.newVersion === null ? 'erased' : 'outdated')
      return false
    }
    db.on('blocked', onBlocked)
    db.on('versionchange', onVersionChange)
    const open =
      typeof indexedDB === 'undefined' ? Promise.reject(new Error('MissingAPIError')) : db.open()
    open.then(
      () => live && setState('ready'),
      (error: unknown) => {
        console.warn('Steady could not open its storage', errorNames(error), error)
        if (live) setState('unavailable')
      },
    )
    return () => {
      live = false
      db.on('blocked').unsubscribe(onBlocked)
      db.on('versionchange').unsubscribe(onVersionChange)
    }
  }, [])

  if (state === 'ready') return children
  if (state === 'opening') {
    return (
      <div className="boot">
        <p>Steady is opening…</p>
        {/* Only if opening takes long (storage stuck): crisis help must not wait for it. */}
        {slow && (
          <div className="boot__help">
            <NeedHelpRow access="no-storage" />
          </div>
        )}
      </div>
    )
  }
  // Crisis help needs no data: Support opens whatever state the storage is in.
  if (window.location.pathname === '/support') {
    return (
      <Suspense fallback={<p className="boot">Steady is opening…</p>}>
        <SupportWithoutStorage />
      </Suspense>
    )
  }
  return (
    <Suspense
      fallback={
        <div className="boot">
          <NeedHelpRow access="no-storage" />
        </div>
      }
    >
      <DatabaseProblem state={state} />
    </Suspense>
  )
}

/** After a second and a half still opening, something is stuck: time to offer help meanwhile. */
function useSlowOpening(opening: boolean): boolean {
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    if (!opening) return
    const timer = setTimeout(() => setSlow(true), 1500)
    return () => clearTimeout(timer)
  }, [opening])
  return slow
}
