/**
 * Steady's mark: the app icon's sun rising over a wave, drawn inline so it needs no image request
 * and follows the theme. Decorative wherever the name "Steady" is written beside it.
 */
export function SunWaveMark({ size = 48, title }: { size?: number; title?: string }) {
  return (
    <svg
      className="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 64 64"
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : true}
      focusable="false"
    >
      <rect width="64" height="64" rx="14" className="brand-mark__sky" />
      <circle cx="32" cy="37" r="13" className="brand-mark__sun" />
      <path
        d="M0 38c11-3 21 3 32 0s21-3 32 0v12a14 14 0 0 1-14 14H14A14 14 0 0 1 0 50z"
        className="brand-mark__sea"
      />
    </svg>
  )
}

/** The mark with the app's name beside it, for the welcome and the lock screen. */
export function Wordmark() {
  return (
    <p className="wordmark">
      <SunWaveMark size={32} />
      <span>Steady</span>
    </p>
  )
}
