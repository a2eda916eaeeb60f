import type { ReactNode } from 'react'
import { BackLink } from '@/components/back-link'

/** The frame of one Settings group: the way back, its title, and what it holds. */
export function SettingsScreen({
  title,
  lede,
  children,
}: {
  title: string
  lede?: ReactNode
  children?: ReactNode
}) {
  return (
    <>
      <title>{`${title} · Settings · Steady`}</title>
      <BackLink to="/settings">Settings</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>{title}</h1>
        {lede && <p className="lede">{lede}</p>}
      </header>
      {children}
    </>
  )
}
