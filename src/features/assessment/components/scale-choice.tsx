import { useId } from 'react'
import type { ScaleAnswer } from '@/db/types'
import { SCALE_LABELS, SCALE_VALUES } from '../logic/questions'

interface ScaleChoiceProps {
  legend: string
  value: ScaleAnswer | undefined
  onChange: (value: ScaleAnswer | null) => void
}

/** Five labelled native radios, 1 "Not at all" to 5 "Completely"; the answer can be cleared. */
export function ScaleChoice({ legend, value, onChange }: ScaleChoiceProps) {
  const name = useId()
  return (
    <fieldset className="scale-choice">
      <legend className="visually-hidden">{legend}</legend>
      {SCALE_VALUES.map((point) => (
        <label key={point} className="choice scale-choice__option">
          <input
            type="radio"
            name={name}
            checked={value === point}
            onChange={() => onChange(point)}
          />
          <span>
            <span className="scale-choice__number" aria-hidden="true">
              {point}
            </span>{' '}
            {SCALE_LABELS[point]}
          </span>
        </label>
      ))}
      {value !== undefined && (
        <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
          Clear my answer
        </button>
      )}
    </fieldset>
  )
}
