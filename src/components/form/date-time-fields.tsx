import { useId, type ReactNode } from 'react'
import type { CalendarDay } from '@/lib/dates'

export interface DayAndTime {
  /** `yyyy-MM-dd`, as the date input gives it ('' while cleared). */
  day: CalendarDay
  /** `HH:mm` ('' while cleared). */
  time: string
}

interface DateTimeFieldsProps {
  legend: ReactNode
  hint?: ReactNode
  error?: string | null | undefined
  value: DayAndTime
  onChange: (value: DayAndTime) => void
  /** The latest day that can be chosen (e.g. today, for something that has happened). */
  maxDay?: CalendarDay
  /** The earliest day that can be chosen (e.g. today, for a plan). */
  minDay?: CalendarDay
  /** Leave out the time, for a whole day. */
  dayOnly?: boolean
  dayLabel?: string
  timeLabel?: string
}

/**
 * When something happened or will happen: a day and a time in the phone's own pickers, grouped
 * under one legend, side by side where there is room. Turn the strings into an instant with the
 * date-input helpers in src/lib/dates.ts; a bad date is explained by `error`, never thrown.
 */
export function DateTimeFields({
  legend,
  hint,
  error,
  value,
  onChange,
  maxDay,
  minDay,
  dayOnly,
  dayLabel = 'Day',
  timeLabel = 'Time',
}: DateTimeFieldsProps) {
  const id = useId()
  const described =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  const invalid = error ? true : undefined
  return (
    <fieldset className="date-time-fields">
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="field-pair">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-day`}>
            {dayLabel}
          </label>
          <input
            id={`${id}-day`}
            type="date"
            min={minDay}
            max={maxDay}
            value={value.day}
            aria-describedby={described}
            aria-invalid={invalid}
            onChange={(event) => onChange({ ...value, day: event.target.value })}
          />
        </div>
        {!dayOnly && (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-time`}>
              {timeLabel}
            </label>
            <input
              id={`${id}-time`}
              type="time"
              value={value.time}
              aria-describedby={described}
              aria-invalid={invalid}
              onChange={(event) => onChange({ ...value, time: event.target.value })}
            />
          </div>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-problem">
          {error}
        </p>
      )}
    </fieldset>
  )
}
