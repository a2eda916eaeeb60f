import { useState, type ReactNode } from 'react'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AppErrorBoundary } from '@/components/error-boundary'
import { LockGate } from '@/features/lock/components/lock-gate'
import { ThemeSync } from '@/features/settings/components/theme-sync'
import { EmergencyCard } from '@/features/support/components/emergency-card'
import { DatabaseGate } from './database-gate'
import { routes } from './routes'

/**
 * Everything around the router: error boundary, database, theme, app lock. Tests use it with a
 * memory router. While locked the router is not rendered at all, and emergency numbers stay in reach.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <AppErrorBoundary>
      <DatabaseGate>
        <ThemeSync />
        <LockGate support={<EmergencyCard />}>{children}</LockGate>
      </DatabaseGate>
    </AppErrorBoundary>
  )
}

let browserRouter: ReturnType<typeof createBrowserRouter> | undefined

export function App() {
  // Created once the database is open, so the first loaders can read it; kept across the unmounts
  // of locking, so unlocking returns to the same screen without a second router on the history.
  const [router] = useState(() => (browserRouter ??= createBrowserRouter(routes)))
  return <RouterProvider router={router} />
}
