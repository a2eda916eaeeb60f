import type { ReactNode } from 'react'
import { Icon } from './icons'

interface DisclosureProps {
  summary: ReactNode
  children: ReactNode
  defaultOpen?: boolean
  className?: string
}

/**
 * Something kept out of the way until asked for: a native details/summary (keyboard and screen
 * readers know it) with a chevron that turns, so it is plain that it opens.
 */
export function Disclosure({ summary, children, defaultOpen, className }: DisclosureProps) {
  return (
    <details className={`disclosure ${className ?? ''}`.trim()} open={defaultOpen}>
      <summary className="disclosure__summary">
        <span className="disclosure__title">{summary}</span>
        <Icon name="chevron-down" className="disclosure__chevron" />
      </summary>
      <div className="disclosure__body">{children}</div>
    </details>
  )
}
