import { useId } from 'react'
import { TextField } from '@/components/form/field'

const INTENSITIES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const

interface IntensityPickerProps {
  value: number | null
  onChange: (intensity: number) => void
  legend: string
  disabled?: boolean
}

/** Ten native radios: arrow keys move through them and screen readers read "7, 7 of 10". */
export function IntensityPicker({ value, onChange, legend, disabled }: IntensityPickerProps) {
  const name = useId()
  const hintId = useId()
  return (
    <fieldset className="intensity-picker" disabled={disabled} aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="field-hint">
        1 is a flicker, 10 is overwhelming.
      </p>
      <div className="intensity-picker__options">
        {INTENSITIES.map((intensity) => (
          <label key={intensity} className="intensity-picker__option">
            <input
              type="radio"
              name={name}
              value={intensity}
              checked={value === intensity}
              onChange={() => onChange(intensity)}
            />
            <span>{intensity}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

interface UrgeNoteFieldsProps {
  trigger: string
  helped: string
  onChange: (changes: { trigger?: string; helped?: string }) => void
  disabled?: boolean
}

/** The two optional notes of an urge, the same when logging and when editing. */
export function UrgeNoteFields({ trigger, helped, onChange, disabled }: UrgeNoteFieldsProps) {
  return (
    <>
      <TextField
        label="What set it off?"
        hint="Optional. A song, a photo, a date, a quiet evening…"
        value={trigger}
        readOnly={disabled}
        onChange={(value) => onChange({ trigger: value })}
      />
      <TextField
        label="What helped?"
        hint="Optional. What you did instead, or what made it easier."
        rows={2}
        value={helped}
        readOnly={disabled}
        onChange={(value) => onChange({ helped: value })}
      />
    </>
  )
}
