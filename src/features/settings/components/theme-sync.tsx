import { useEffect } from 'react'
import { useSettings } from '@/hooks/use-settings'
import { applyTheme } from '@/lib/theme'

/** Keeps the page's colour scheme in step with the saved theme, in every open tab. */
export function ThemeSync() {
  const theme = useSettings()?.theme
  useEffect(() => {
    if (theme) applyTheme(theme)
  }, [theme])
  return null
}
