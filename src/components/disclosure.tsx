import { useState, type ReactNode } from 'react'
import { Icon } from './icons'

interface DisclosureProps {
  summary: ReactNode
  children: ReactNode
  defaultOpen?: boolean
  className?: string
  /**
   * Build the body only once it is first opened (then keep it): for bodies that cost something to
   * draw, such as a chart's table of years of data, which most people never open.
   */
  lazy?: boolean
}

/**
 * Something kept out of the way until asked for: a native details/summary (keyboard and screen
 * readers know it) with a chevron that turns, so it is plain that it opens.
 */
export function Disclosure({ summary, children, defaultOpen, className, lazy }: DisclosureProps) {
  const [opened, setOpened] = useState(defaultOpen === true)
  return (
    <details
      className={`disclosure ${className ?? ''}`.trim()}
      open={defaultOpen}
      onToggle={
        lazy && !opened ? (event) => event.currentTarget.open && setOpened(true) : undefined
      }
    >
      <summary className="disclosure__summary">
        <span className="disclosure__title">{summary}</span>
        <Icon name="chevron-down" className="disclosure__chevron" />
      </summary>
      <div className="disclosure__body">{!lazy || opened ? children : null}</div>
    </details>
  )
}
