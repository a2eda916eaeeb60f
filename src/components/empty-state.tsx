import type { ReactNode } from 'react'
import { Illustration, type IllustrationName } from './illustrations'

interface EmptyStateProps {
  illustration: IllustrationName
  /** One warm line, as a heading: "Nothing here yet". */
  title: string
  /** An optional short sentence under it. */
  children?: ReactNode
  /** The one thing to do next: a link or a button. */
  action?: ReactNode
  headingLevel?: 2 | 3
}

/** What a screen shows before there is anything on it: a small picture, a warm line, one way on. */
export function EmptyState({
  illustration,
  title,
  children,
  action,
  headingLevel = 2,
}: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="empty-state">
      <Illustration name={illustration} />
      <Heading className="empty-state__title">{title}</Heading>
      {children !== undefined && <p className="empty-state__text">{children}</p>}
      {action !== undefined && <div className="empty-state__action">{action}</div>}
    </div>
  )
}
