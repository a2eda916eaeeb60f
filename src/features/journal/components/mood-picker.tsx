import { useId } from 'react'
import { MoodFace } from '@/components/mood-face'
import type { Mood } from '@/db/types'
import { MOODS } from '../logic/moods'

interface MoodPickerProps {
  value: Mood | null
  onChange: (mood: Mood) => void
  legend?: string
  /** The id of a heading right above that already asks the question: no second, visible legend. */
  labelledBy?: string
  disabled?: boolean
}

/**
 * Five faces with their words; native radios, so arrow keys and screen readers work as expected.
 */
export function MoodPicker({
  value,
  onChange,
  legend = 'How do you feel?',
  labelledBy,
  disabled,
}: MoodPickerProps) {
  const name = useId()
  return (
    <fieldset className="mood-picker" disabled={disabled} aria-labelledby={labelledBy}>
      {!labelledBy && <legend>{legend}</legend>}
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
            <MoodFace level={option.value} />
            <span className="mood-picker__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
