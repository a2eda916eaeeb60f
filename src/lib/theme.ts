export type Theme = 'system' | 'light' | 'dark'

/** A copy of the theme in localStorage, read before the first paint so dark mode never flashes light. */
const MIRROR_KEY = 'steady-theme'

const THEME_COLORS = { light: '#2f6f62', dark: '#152020' } as const

export function applyTheme(theme: Theme): void {
  const root = document.documentElement
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const scheme = meta.media.includes('dark') ? 'dark' : 'light'
    meta.content = THEME_COLORS[theme === 'system' ? scheme : theme]
  }
  try {
    localStorage.setItem(MIRROR_KEY, theme)
  } catch {
    // Storage blocked: the theme is still applied for this visit, and the database keeps the choice.
  }
}

export function applyCachedTheme(): void {
  try {
    const cached = localStorage.getItem(MIRROR_KEY)
    if (cached === 'light' || cached === 'dark') applyTheme(cached)
  } catch {
    // Nothing cached: the system theme applies until settings load.
  }
}
