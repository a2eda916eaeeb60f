import { useState, type ReactNode } from 'react'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AppErrorBoundary } from '@/components/error-boundary'
import { ThemeSync } from '@/features/settings/components/theme-sync'
import { DatabaseGate } from './database-gate'
import { routes } from './routes'

/** Everything around the router: error boundary, database, theme. Tests use it with a memory router. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <AppErrorBoundary>
      <DatabaseGate>
        <ThemeSync />
        {children}
      </DatabaseGate>
    </AppErrorBoundary>
  )
}

export function App() {
  // Created once the database is open, so the first loaders can read it.
  const [router] = useState(() => createBrowserRouter(routes))
  return <RouterProvider router={router} />
}
