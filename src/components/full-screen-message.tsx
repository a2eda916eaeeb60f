import type { ReactNode } from 'react'

interface FullScreenMessageProps {
  title: string
  children: ReactNode
  actions?: ReactNode
  /** Crisis help, after the way forward: it must be in reach in every state. */
  help?: ReactNode
}

/** For when the app cannot go on (storage unavailable, a crash): words, and a way forward. */
export function FullScreenMessage({ title, children, actions, help }: FullScreenMessageProps) {
  return (
    <main className="full-screen-message" id="main">
      <h1>{title}</h1>
      {children}
      {actions && <div className="button-row">{actions}</div>}
      {help}
    </main>
  )
}
