import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react'
import { isNight } from '@/lib/dates'
import { useHelpNowStore } from '../store'

// The help itself is fetched on first open (from the precache when offline), keeping the app's
// first load small; the frame, heading and Close are here at once.
const HelpNowBody = lazy(async () => ({ default: (await import('./help-now-body')).HelpNowBody }))

/**
 * Everything else, made inert while Get help now is open, and the panel itself. Lives above the
 * database and the lock, so it opens in every state of the app and stays open through a lock.
 */
export function HelpNowHost({ children }: { children: ReactNode }) {
  const open = useHelpNowStore((state) => state.open)
  return (
    <>
      <div className="help-host" inert={open}>
        {children}
      </div>
      {open && <GetHelpNowPanel />}
    </>
  )
}

/**
 * Get help now: full screen, so there is nothing outside it to tap by mistake; only Close (or
 * Escape) closes it, and focus goes back to where it was.
 */
function GetHelpNowPanel() {
  const access = useHelpNowStore((state) => state.access)
  const closeHelp = useHelpNowStore((state) => state.closeHelp)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    heading.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeHelp()
    }
    document.addEventListener('keydown', onKey)
    document.documentElement.classList.add('help-open')
    return () => {
      document.removeEventListener('keydown', onKey)
      document.documentElement.classList.remove('help-open')
      if (opener?.isConnected) opener.focus()
    }
  }, [closeHelp])

  return (
    <div className="help-now" role="dialog" aria-modal="true" aria-labelledby="help-now-heading">
      <div className="help-now__bar">
        <button type="button" className="button" onClick={closeHelp}>
          Close
        </button>
      </div>
      <div className="help-now__body">
        <h1 id="help-now-heading" ref={heading} tabIndex={-1}>
          You don’t have to get through {isNight() ? 'tonight' : 'this'} alone
        </h1>
        <p className="lede">Take this one step at a time. Start wherever feels easiest.</p>
        <Suspense fallback={<p className="boot">Opening help…</p>}>
          <HelpNowBody access={access} />
        </Suspense>
        <div className="button-row">
          <button type="button" className="button" onClick={closeHelp}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
