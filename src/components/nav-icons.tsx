import { Icon } from './icons'

export type NavIconName = 'today' | 'journey' | 'journal' | 'support' | 'settings'

/** The bottom bar's icons: decorative, each sits beside its visible label. */
export function NavIcon({ name }: { name: NavIconName }) {
  return <Icon name={name} className="nav-icon" />
}
