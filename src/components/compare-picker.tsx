import { useId } from 'react'

interface CompareOption {
  id: string
  label: string
}

interface ComparePickerProps {
  options: readonly CompareOption[]
  first: string
  second: string
  onChange: (first: string, second: string) => void
  firstLabel?: string
  secondLabel?: string
}

/** Two native selects to choose which two past versions to put side by side. */
export function ComparePicker({
  options,
  first,
  second,
  onChange,
  firstLabel = 'Earlier',
  secondLabel = 'Later',
}: ComparePickerProps) {
  const id = useId()
  return (
    <div className="field-pair">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-first`}>
          {firstLabel}
        </label>
        <select
          id={`${id}-first`}
          value={first}
          onChange={(event) => onChange(event.target.value, second)}
        >
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-second`}>
          {secondLabel}
        </label>
        <select
          id={`${id}-second`}
          value={second}
          onChange={(event) => onChange(first, event.target.value)}
        >
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
