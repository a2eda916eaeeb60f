import type { ReactNode } from 'react'
import { Link } from '@/components/link'
import { Icon, type IconName } from './icons'

interface ListRowBase {
  /** A line icon from the kit, or any small picture (a mood face, a ring). */
  icon?: IconName | ReactNode
  title: ReactNode
  /** One line under the title: what is behind the row, or its current value. */
  hint?: ReactNode
  /** A second line under the hint: where the person is with it ("Day 12", "Not yet"). */
  status?: ReactNode
  /** A quieter row for a destructive or rare place (Delete everything). */
  tone?: 'default' | 'danger'
}

type ListRowProps = ListRowBase &
  ({ to: string; onClick?: never; state?: unknown } | { onClick: () => void; to?: never })

/**
 * One row of a list that leads somewhere: icon, title, a one-line hint and a chevron. A link when it
 * opens a screen, a button when it acts in place. Put rows inside a ListGroup.
 */
export function ListRow({ icon, title, hint, status, tone = 'default', ...action }: ListRowProps) {
  const content = (
    <>
      {icon !== undefined && (
        <span className="list-row__icon">
          {typeof icon === 'string' ? <Icon name={icon as IconName} /> : icon}
        </span>
      )}
      <span className="list-row__text">
        <span className="list-row__title">{title}</span>
        {hint !== undefined && <span className="list-row__hint">{hint}</span>}
        {status !== undefined && <span className="list-row__status">{status}</span>}
      </span>
      <Icon name="chevron-right" className="list-row__chevron" />
    </>
  )
  const className = `list-row list-row--${tone}`
  return (
    <li>
      {action.to !== undefined ? (
        <Link className={className} to={action.to} state={action.state}>
          {content}
        </Link>
      ) : (
        <button type="button" className={className} onClick={action.onClick}>
          {content}
        </button>
      )}
    </li>
  )
}

/** A quiet group of ListRows, with an optional small heading above it. */
export function ListGroup({
  label,
  children,
}: {
  /** Shown above the group and names the list for screen readers. */
  label?: string
  children: ReactNode
}) {
  return (
    <div className="list-group">
      {label && <h2 className="list-group__label">{label}</h2>}
      <ul className="list-group__rows" aria-label={label}>
        {children}
      </ul>
    </div>
  )
}
