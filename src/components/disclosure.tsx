import { useState, type ReactNode } from 'react'
import { Icon } from './icons'

interface DisclosureProps {
  summary: ReactNode
  children: ReactNode
  defaultOpen?: boolean
  className?: string
  /**
   * Renders the body only once it is first opened (then keeps it): for a form whose reads (its
   * draft) and drawing nobody needs until they ask for it.
   */
  mountWhenOpened?: boolean
}

/**
 * Something kept out of the way until asked for: a native details/summary (keyboard and screen
 * readers know it) with a chevron that turns, so it is plain that it opens.
 */
export function Disclosure({
  summary,
  children,
  defaultOpen,
  className,
  mountWhenOpened = false,
}: DisclosureProps) {
  const [opened, setOpened] = useState(defaultOpen ?? false)
  return (
    <details
      className={`disclosure ${className ?? ''}`.trim()}
      open={defaultOpen}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true)
      }}
    >
      <summary className="disclosure__summary">
        <span className="disclosure__title">{summary}</span>
        <Icon name="chevron-down" className="disclosure__chevron" />
      </summary>
      <div className="disclosure__body">{opened || !mountWhenOpened ? children : null}</div>
    </details>
  )
}
