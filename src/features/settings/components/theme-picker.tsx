import { useState } from 'react'
import { Segmented } from '@/components/segmented'
import { updateSettings } from '@/hooks/use-settings'
import { applyTheme, type Theme } from '@/lib/theme'

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Same as my phone' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

/** Applies at once: the choice is the preview. */
export function ThemePicker({ theme }: { theme: Theme }) {
  // Shown at once, before the database write lands, so the choice never flickers back.
  const [chosen, setChosen] = useState(theme)
  const [saved, setSaved] = useState(theme)
  if (theme !== saved) {
    // Changed elsewhere (another tab): follow it.
    setSaved(theme)
    setChosen(theme)
  }
  return (
    <Segmented
      legend="Theme"
      options={THEMES}
      value={chosen}
      onChange={(next) => {
        setChosen(next)
        applyTheme(next)
        void updateSettings({ theme: next })
      }}
    />
  )
}
