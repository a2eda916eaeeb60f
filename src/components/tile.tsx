import type { ReactNode } from 'react'

/** A count with its name: "3 urges this week". The number leads; the label says what it counts. */
export function Tile({
  value,
  label,
  hint,
}: {
  value: ReactNode
  label: ReactNode
  hint?: ReactNode
}) {
  return (
    <div className="tile">
      <span className="tile__value">{value}</span>
      <span className="tile__label">{label}</span>
      {hint !== undefined && <span className="tile__hint">{hint}</span>}
    </div>
  )
}

/** Tiles side by side, wrapping on a narrow phone. */
export function TileRow({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="tile-row" role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  )
}
