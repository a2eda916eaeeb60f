import type { ReactNode } from 'react'
import { Link } from '@/components/link'
import { Icon } from './icons'

/** The one way back from a sub-screen to its parent, at the top left: "‹ No contact". */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link className="back-link" to={to}>
      <Icon name="chevron-left" className="back-link__chevron" />
      <span>{children}</span>
    </Link>
  )
}
