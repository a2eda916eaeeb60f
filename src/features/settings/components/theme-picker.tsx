import { useId } from 'react'
import type { Theme } from '@/db/types'
import { updateSettings } from '@/hooks/use-settings'

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Same as my phone' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

/** Applies at once: the choice is the preview. */
export function ThemePicker({ theme }: { theme: Theme }) {
  const name = useId()
  return (
    <fieldset className="choice-group">
      <legend>Theme</legend>
      {THEMES.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={theme === option.value}
            onChange={() => void updateSettings({ theme: option.value })}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
