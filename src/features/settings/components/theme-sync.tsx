import { useEffect } from 'react'
import { useSettingsRow } from '@/hooks/use-settings'
import { applyTheme } from '@/lib/theme'

/**
 * Keeps the page's colour scheme in step with the saved theme, in every open tab. Only a stored
 * choice is mirrored: with no settings row (nothing chosen yet, or everything just deleted) nothing
 * is written back.
 */
export function ThemeSync() {
  const theme = useSettingsRow()?.theme
  useEffect(() => {
    if (theme) applyTheme(theme)
  }, [theme])
  return null
}
