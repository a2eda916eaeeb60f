import { useId } from 'react'

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
  onTriggerChange: (trigger: string) => void
  onHelpedChange: (helped: string) => void
  disabled?: boolean
}

/** The two optional notes of an urge, the same when logging and when editing. */
export function UrgeNoteFields({
  trigger,
  helped,
  onTriggerChange,
  onHelpedChange,
  disabled,
}: UrgeNoteFieldsProps) {
  const triggerId = useId()
  const triggerHint = useId()
  const helpedId = useId()
  const helpedHint = useId()
  return (
    <>
      <div className="field">
        <label htmlFor={triggerId} className="field-label">
          What set it off?
        </label>
        <p id={triggerHint} className="field-hint">
          Optional. A song, a photo, a date, a quiet evening…
        </p>
        <input
          id={triggerId}
          type="text"
          dir="auto"
          value={trigger}
          aria-describedby={triggerHint}
          readOnly={disabled}
          onChange={(event) => onTriggerChange(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={helpedId} className="field-label">
          What helped?
        </label>
        <p id={helpedHint} className="field-hint">
          Optional. What you did instead, or what made it easier.
        </p>
        <textarea
          id={helpedId}
          dir="auto"
          rows={2}
          value={helped}
          aria-describedby={helpedHint}
          readOnly={disabled}
          onChange={(event) => onHelpedChange(event.target.value)}
        />
      </div>
    </>
  )
}
