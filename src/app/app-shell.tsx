import { lazy, Suspense, useEffect, useRef } from 'react'
import { Outlet, useLocation } from 'react-router'
import { NavLink } from '@/components/link'
import { NavIcon, type NavIconName } from '@/components/nav-icons'
import { GetHelpNowButton } from '@/features/support/components/need-help-row'

const ShellOverlays = lazy(async () => ({
  default: (await import('./shell-overlays')).ShellOverlays,
}))

const NAV: { to: string; label: string; icon: NavIconName }[] = [
  { to: '/', label: 'Today', icon: 'today' },
  { to: '/journey', label: 'Journey', icon: 'journey' },
  { to: '/journal', label: 'Journal', icon: 'journal' },
  { to: '/support', label: 'Support', icon: 'support' },
  { to: '/settings', label: 'Settings', icon: 'settings' },
]

/** The frame of every screen: content, then the bottom bar within one thumb's reach. */
export function AppShell() {
  useFocusOnNavigation()
  const overlays = useOverlayRoom()
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell__help">
        <GetHelpNowButton />
      </div>
      <main id="main" className="shell__main">
        <Outlet />
      </main>
      <div className="shell__overlays" ref={overlays}>
        <Suspense fallback={null}>
          <ShellOverlays />
        </Suspense>
      </div>
      <nav className="bottom-nav" aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'} className="bottom-nav__link">
                <NavIcon name={item.icon} />
                <span>{item.label}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}

/**
 * After moving to another screen, put focus on its heading so screen readers announce where they are;
 * with a #fragment (a link to one section), on that section's heading once it has rendered.
 */
function useFocusOnNavigation() {
  const { pathname, hash, state } = useLocation()
  // Arriving from the welcome, the form that had focus is gone: the heading takes it.
  const asked = (state as { focusHeading?: unknown } | null)?.focusHeading === true
  const first = useRef(true)
  useEffect(() => {
    if (first.current && !hash && !asked) {
      first.current = false
      return
    }
    first.current = false
    let frame = 0
    let tries = 0
    const focus = () => {
      const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null
      if (hash && !target && tries++ < 60) {
        frame = requestAnimationFrame(focus)
        return
      }
      const heading =
        target?.querySelector<HTMLElement>('h2[tabindex]') ??
        document.querySelector<HTMLElement>('#main h1')
      // A screen may show its heading only once its data has loaded: wait a little for it.
      if (!heading && tries++ < 60) {
        frame = requestAnimationFrame(focus)
        return
      }
      // The screen put the caret in a field itself (e.g. "Write in today's journal"): leave it there.
      const active = document.activeElement
      const fieldFocused =
        active instanceof HTMLElement &&
        active.matches('input, textarea, select') &&
        active.closest('#main') !== null
      if (!target && fieldFocused) return
      heading?.focus({ preventScroll: true })
      if (target) target.scrollIntoView({ block: 'start' })
      else window.scrollTo({ top: 0 })
    }
    focus()
    return () => cancelAnimationFrame(frame)
  }, [pathname, hash, asked])
}

/**
 * The update notice and the Undo toast float above the bottom bar. The page below gets that much
 * more room at its end, so scrolling always uncovers the last button of a long form.
 */
function useOverlayRoom() {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const overlays = ref.current
    if (!overlays || typeof ResizeObserver === 'undefined') return
    const root = document.documentElement
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--overlays-height', `${overlays.offsetHeight}px`)
    })
    observer.observe(overlays)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--overlays-height')
    }
  }, [])
  return ref
}
