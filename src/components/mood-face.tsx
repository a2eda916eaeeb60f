/** The five steps of the mood scale, lowest first. */
export type MoodLevel = 1 | 2 | 3 | 4 | 5

// The mouth goes from a frown to a wide smile: the shape says the mood even without its colour.
const MOUTHS: Record<MoodLevel, string> = {
  1: 'M7.5 17.5Q12 12.5 16.5 17.5',
  2: 'M8 16.8Q12 14.6 16 16.8',
  3: 'M8.2 16h7.6',
  4: 'M8 15Q12 18 16 15',
  5: 'M7.2 14.2Q12 20.5 16.8 14.2',
}

/**
 * A small face for one mood: a coloured disc (at least 3:1 against the page, light and dark) with a
 * mouth that turns from a frown to a smile. Decorative: put the mood's label beside it (MoodMark).
 */
export function MoodFace({ level, className }: { level: MoodLevel; className?: string }) {
  return (
    <svg
      className={`mood-face mood-face--${level} ${className ?? ''}`.trim()}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="11" className="mood-face__disc" />
      <circle cx="8.8" cy="9.8" r="1.35" className="mood-face__eye" />
      <circle cx="15.2" cy="9.8" r="1.35" className="mood-face__eye" />
      <path d={MOUTHS[level]} className="mood-face__mouth" />
    </svg>
  )
}

/** A mood as a picture with its words: the face, then the label ("Mood: " is read out before it). */
export function MoodMark({ level, label }: { level: MoodLevel; label: string }) {
  return (
    <span className="mood-mark">
      <MoodFace level={level} />
      <span>
        <span className="visually-hidden">Mood: </span>
        {label}
      </span>
    </span>
  )
}
