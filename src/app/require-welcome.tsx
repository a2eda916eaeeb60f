import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { useSettings } from '@/hooks/use-settings'

/**
 * Sends a first visit to the welcome. Support must open even before the welcome is done: someone
 * may arrive in crisis.
 */
export function RequireWelcome({ children }: { children: ReactNode }) {
  const settings = useSettings()
  const { pathname } = useLocation()
  if (pathname === '/support') return children
  if (settings === undefined) return <p className="boot">Steady is opening…</p>
  if (!settings.onboardedAt) return <Navigate to="/welcome" replace />
  return children
}
