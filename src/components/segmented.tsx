import { useId, type ReactNode } from 'react'

export interface SegmentOption<T extends string | number> {
  value: T
  label: ReactNode
  /** Optional second line, shown under the label (chips only). */
  hint?: ReactNode
}

interface SegmentedProps<T extends string | number> {
  legend: ReactNode
  options: readonly SegmentOption<T>[]
  value: T | null
  onChange: (value: T) => void
  /**
   * `segments`: one row of equal parts, for two to four short words (theme, wait time).
   * `chips`: rounded choices that wrap onto more lines, for longer or more options (channel, auto-lock).
   */
  variant?: 'segments' | 'chips'
  /** Hide the legend visually when a heading right above already says it (still read out). */
  hideLegend?: boolean
  name?: string
  describedBy?: string
}

/**
 * A short, single choice as real radio buttons (arrow keys, a form value, a screen reader's "1 of 3"),
 * drawn as a segmented control or chips. Each option's whole box is the target, at least 44 px high.
 */
export function Segmented<T extends string | number>({
  legend,
  options,
  value,
  onChange,
  variant = 'segments',
  hideLegend = false,
  name,
  describedBy,
}: SegmentedProps<T>) {
  const generated = useId()
  const group = name ?? generated
  return (
    <fieldset className={`segmented segmented--${variant}`} aria-describedby={describedBy}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={String(option.value)} className="segmented__option">
            <input
              type="radio"
              name={group}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="segmented__label">{option.label}</span>
            {option.hint !== undefined && <span className="segmented__hint">{option.hint}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
