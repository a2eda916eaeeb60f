/**
 * The bottom bar's icons, on the same 24-unit grid as the kit's Icon (which includes these). Kept
 * apart so that Today's first load carries only these five, not every icon of the kit.
 */
export const NAV_PATHS = {
  today:
    'M12 3v2M12 19v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M3 12h2M19 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  journey:
    'M4 19c3 0 3-4 6-4s3 4 6 4 2-3 4-3M6 9a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM18 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM6 9c0 3 12 1 12 4',
  journal: 'M6 3h11a2 2 0 0 1 2 2v16l-3-2-3 2-3-2-3 2V4a1 1 0 0 1 1-1zM9 8h7M9 12h7',
  support: 'M12 21s-7-4.4-9.2-9A5 5 0 0 1 12 6a5 5 0 0 1 9.2 6c-2.2 4.6-9.2 9-9.2 9z',
  settings: 'M4 7h10M18 7h2M4 17h4M12 17h8M16 5v4M10 15v4',
} as const

export type NavIconName = keyof typeof NAV_PATHS

/** Decorative: each sits beside its visible label. */
export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={NAV_PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
