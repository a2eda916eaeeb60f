import { useId, type ReactNode } from 'react'

export interface Choice<T> {
  value: T
  label: ReactNode
  /** A line under the label, when the choice needs explaining. */
  hint?: ReactNode
}

interface ChoiceGroupProps<T extends string | number> {
  legend: ReactNode
  hint?: ReactNode
  error?: string | null | undefined
  choices: readonly Choice<T>[]
  /** null when nothing is chosen yet. */
  value: T | null
  onChange: (value: T) => void
  disabled?: boolean
}

/**
 * One choice among a few, as native radios in a fieldset: arrow keys move between them and a
 * screen reader says "2 of 3". Each radio keeps its size however long its label wraps.
 */
export function ChoiceGroup<T extends string | number>({
  legend,
  hint,
  error,
  choices,
  value,
  onChange,
  disabled,
}: ChoiceGroupProps<T>) {
  const id = useId()
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <fieldset
      className="choice-group"
      disabled={disabled}
      aria-describedby={described || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {choices.map((choice) => (
        <label key={String(choice.value)} className="choice">
          <input
            type="radio"
            name={id}
            value={String(choice.value)}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="choice__text">
            <span>{choice.label}</span>
            {choice.hint && <span className="field-hint">{choice.hint}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-problem">
          {error}
        </p>
      )}
    </fieldset>
  )
}

interface CheckboxFieldProps {
  label: ReactNode
  hint?: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean
}

/** A yes-or-no choice; the box keeps its size however long its label wraps. */
export function CheckboxField({ label, hint, checked, onChange, disabled }: CheckboxFieldProps) {
  const id = useId()
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="choice__text">
        <span>{label}</span>
        {hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )}
      </span>
    </label>
  )
}
