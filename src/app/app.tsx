import { Suspense, type ReactNode } from 'react'
import { BrowserRouter } from 'react-router'
import { AppErrorBoundary } from '@/components/error-boundary'
import { LockGate } from '@/features/lock/components/lock-gate'
import { ThemeSync } from '@/features/settings/components/theme-sync'
import { HelpNowHost } from '@/features/support/components/get-help-now'
import { NeedHelpRow } from '@/features/support/components/need-help-row'
import { DatabaseGate } from './database-gate'
import { preloadScreenAt, RouteTree, toRouteObjects } from './route-tree'
import { routes } from './routes'

/**
 * Everything around the router: Get help now, error boundary, database, theme, app lock. Tests use
 * it with a memory router. While locked the router is not rendered at all; in every state (locked,
 * storage failed, crashed) Get help now stays one tap away, and it needs no data.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <HelpNowHost>
      <AppErrorBoundary help={<NeedHelpRow access="no-storage" />}>
        <DatabaseGate>
          <ThemeSync />
          <LockGate support={<NeedHelpRow access="locked" />}>{children}</LockGate>
        </DatabaseGate>
      </AppErrorBoundary>
    </HelpNowHost>
  )
}

const routeObjects = toRouteObjects(routes)

/** Starts loading the screen at this address (from boot, beside the database opening). */
export const preloadScreen = (pathname: string) => preloadScreenAt(routeObjects, pathname)

/** The screens, by address. Tests render `AppRoutes` inside a memory router instead. */
export function AppRoutes() {
  return (
    <Suspense fallback={<p className="boot">Steady is opening…</p>}>
      <RouteTree routes={routeObjects} />
    </Suspense>
  )
}

export function App() {
  // Kept across the unmounts of locking: the address bar still holds the screen to return to.
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  )
}
