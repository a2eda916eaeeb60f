import { useId } from 'react'
import type { Mood } from '@/db/types'
import { MOODS } from '../logic/moods'

interface MoodPickerProps {
  value: Mood | null
  onChange: (mood: Mood) => void
  legend?: string
  disabled?: boolean
}

/** Five labelled choices; native radios, so arrow keys and screen readers work as expected. */
export function MoodPicker({
  value,
  onChange,
  legend = 'How do you feel?',
  disabled,
}: MoodPickerProps) {
  const name = useId()
  return (
    <fieldset className="mood-picker" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="mood-picker__options">
        {MOODS.map((option) => (
          <label key={option.value} className="mood-picker__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="mood-picker__emoji" aria-hidden="true">
              {option.emoji}
            </span>
            <span className="mood-picker__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
