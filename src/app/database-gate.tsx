import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { FullScreenMessage } from '@/components/full-screen-message'
import { NeedHelpRow } from '@/features/support/components/need-help-row'
import { db } from '@/db/db'
import { errorNames } from '@/lib/errors'

// Only needed when storage fails: fetched then (from the precache when offline).
const SupportWithoutStorage = lazy(async () => ({
  default: (await import('@/features/support/components/support-without-storage'))
    .SupportWithoutStorage,
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
  const help = <NeedHelpRow access="no-storage" />

  const reload = (
    <button
      type="button"
      className="button button--primary"
      onClick={() => window.location.reload()}
    >
      {state === 'unavailable' ? 'Try again' : 'Reload Steady'}
    </button>
  )
  if (state === 'erased') {
    return (
      <FullScreenMessage
        title="Everything was deleted"
        help={help}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.assign('/welcome')}
          >
            Start again
          </button>
        }
      >
        <p>Steady’s data on this device was deleted from another tab or window.</p>
      </FullScreenMessage>
    )
  }
  if (state === 'outdated') {
    return (
      <FullScreenMessage title="Steady was updated" actions={reload} help={help}>
        <p>
          A newer version of Steady opened in another tab. Reload this one to carry on; everything
          you saved is kept.
        </p>
      </FullScreenMessage>
    )
  }
  if (state === 'blocked') {
    return (
      <FullScreenMessage title="Steady is open in another tab" actions={reload} help={help}>
        <p>
          An older version of Steady is open in another tab or window. Close it, then reload here.
          Nothing is lost.
        </p>
      </FullScreenMessage>
    )
  }
  return (
    <FullScreenMessage title="Steady can’t store anything right now" actions={reload} help={help}>
      <p>
        Steady keeps your journal in this browser’s storage, and the browser is not allowing that at
        the moment. Nothing you saved before has been deleted by Steady.
      </p>
      <p>Common reasons:</p>
      <ul className="plain-list">
        <li>A private or incognito window: open Steady in a normal window.</li>
        <li>Site data is switched off in the browser’s settings: allow it for this site.</li>
        <li>The phone is out of space: free some, then try again.</li>
      </ul>
    </FullScreenMessage>
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
