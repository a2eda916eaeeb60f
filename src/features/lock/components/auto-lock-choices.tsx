import { useId } from 'react'
import { AUTO_LOCK_CHOICES } from '../logic/auto-lock'

interface AutoLockChoicesProps {
  value: number
  onChange: (minutes: number) => void
}

/** How long Steady may stay in the background before it asks for the passcode again. */
export function AutoLockChoices({ value, onChange }: AutoLockChoicesProps) {
  const name = useId()
  return (
    <fieldset className="choice-group">
      <legend>Lock again when Steady has been in the background</legend>
      {AUTO_LOCK_CHOICES.map((choice) => (
        <label key={choice.minutes} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.minutes}
            checked={value === choice.minutes}
            onChange={() => onChange(choice.minutes)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
