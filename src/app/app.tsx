import { useState, type ReactNode } from 'react'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AppErrorBoundary } from '@/components/error-boundary'
import { LockGate } from '@/features/lock/components/lock-gate'
import { ThemeSync } from '@/features/settings/components/theme-sync'
import { HelpNowHost } from '@/features/support/components/get-help-now'
import { NeedHelpRow } from '@/features/support/components/need-help-row'
import { DatabaseGate } from './database-gate'
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

let browserRouter: ReturnType<typeof createBrowserRouter> | undefined

export function App() {
  // Created once the database is open, so the first loaders can read it; kept across the unmounts
  // of locking, so unlocking returns to the same screen without a second router on the history.
  const [router] = useState(() => (browserRouter ??= createBrowserRouter(routes)))
  return <RouterProvider router={router} />
}
