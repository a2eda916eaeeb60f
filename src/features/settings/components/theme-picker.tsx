import { useId, useState } from 'react'
import type { Theme } from '@/db/types'
import { updateSettings } from '@/hooks/use-settings'
import { applyTheme } from '@/lib/theme'

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Same as my phone' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

/** Applies at once: the choice is the preview. */
export function ThemePicker({ theme }: { theme: Theme }) {
  const name = useId()
  // Shown at once, before the database write lands, so the choice never flickers back.
  const [chosen, setChosen] = useState(theme)
  const [saved, setSaved] = useState(theme)
  if (theme !== saved) {
    // Changed elsewhere (another tab): follow it.
    setSaved(theme)
    setChosen(theme)
  }
  return (
    <fieldset className="choice-group">
      <legend>Theme</legend>
      {THEMES.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={chosen === option.value}
            onChange={() => {
              setChosen(option.value)
              applyTheme(option.value)
              void updateSettings({ theme: option.value })
            }}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
