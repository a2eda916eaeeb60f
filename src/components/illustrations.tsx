import type { ReactNode } from 'react'

/**
 * Small inline pictures for the welcome and empty states: flat shapes in the theme's colours, so they
 * sit right in light and dark and cost no image request. Always decorative: the words beside them
 * carry the meaning.
 */
export type IllustrationName = 'sunrise' | 'notebook' | 'horizon' | 'night' | 'hands'

const scenes: Record<IllustrationName, ReactNode> = {
  // The sun over a wave, wide: the welcome.
  sunrise: (
    <>
      <circle cx="80" cy="70" r="30" className="ill-sun" />
      <path d="M0 72c20-8 40 8 60 0s40-8 60 0 30 6 40 2v46H0z" className="ill-sea" />
      <path d="M0 92c22-7 44 7 66 0s44-7 66 0 20 4 28 2v26H0z" className="ill-sea-deep" />
      <path
        d="M112 30c3-3 6-3 9 0 3-3 6-3 9 0M96 20c2-2 4-2 6 0 2-2 4-2 6 0"
        className="ill-line"
      />
    </>
  ),
  // An open notebook with a small sun: an empty journal.
  notebook: (
    <>
      <circle cx="118" cy="30" r="14" className="ill-sun" />
      <path d="M30 38c16-6 34-6 50 4v62c-16-10-34-10-50-4z" className="ill-page" />
      <path d="M130 38c-16-6-34-6-50 4v62c16-10 34-10 50-4z" className="ill-page" />
      <path
        d="M40 54c10-3 20-2 30 3M40 66c10-3 20-2 30 3M40 78c8-2 16-2 24 1M90 57c10-5 20-6 30-3"
        className="ill-line"
      />
      <path d="M10 108c25-6 50 6 75 0s50-6 65 0" className="ill-line" />
    </>
  ),
  // A calm sea with two birds far apart: giving space.
  horizon: (
    <>
      <circle cx="56" cy="66" r="22" className="ill-sun" />
      <path d="M0 70c20-6 40 6 60 0s40-6 60 0 30 5 40 2v48H0z" className="ill-sea" />
      <path d="M0 94c25-6 50 6 80 0s55-6 80 0v26H0z" className="ill-sea-deep" />
      <path
        d="M96 34c3-3 6-3 9 0 3-3 6-3 9 0M132 50c2-2 4-2 6 0 2-2 4-2 6 0"
        className="ill-line"
      />
    </>
  ),
  // A crescent moon and stars: late, quiet, nothing yet.
  night: (
    <>
      <path d="M92 20a34 34 0 1 0 30 50 28 28 0 1 1-30-50z" className="ill-sun" />
      <circle cx="36" cy="30" r="2.5" className="ill-star" />
      <circle cx="130" cy="24" r="2" className="ill-star" />
      <circle cx="24" cy="70" r="2" className="ill-star" />
      <path d="M0 100c25-6 50 6 80 0s55-6 80 0v20H0z" className="ill-sea-deep" />
    </>
  ),
  // Two hands holding a heart: support.
  hands: (
    <>
      <path
        d="M80 70s-20-12-24-24a12 12 0 0 1 24-6 12 12 0 0 1 24 6c-4 12-24 24-24 24z"
        className="ill-heart"
      />
      <path
        d="M20 96c14-2 26-14 36-14h18c6 0 6 8 0 8H60M140 96c-14-2-26-14-36-14H86c-6 0-6 8 0 8h14"
        className="ill-line"
      />
      <path d="M10 110c25-6 50 6 70 0s45-6 70 0" className="ill-line" />
    </>
  ),
}

/** `cover` fills a wide box edge to edge (cropping top and bottom) instead of fitting inside it. */
export function Illustration({ name, cover = false }: { name: IllustrationName; cover?: boolean }) {
  return (
    <svg
      className={`illustration illustration--${name}`}
      viewBox="0 0 160 120"
      preserveAspectRatio={cover ? 'xMidYMax slice' : undefined}
      aria-hidden="true"
      focusable="false"
    >
      {scenes[name]}
    </svg>
  )
}
