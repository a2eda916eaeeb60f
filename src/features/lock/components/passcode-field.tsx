import { useEffect, useRef } from 'react'

interface PasscodeFieldProps {
  id: string
  label: string
  hint?: string
  value: string
  problem?: string | undefined
  autoComplete: 'current-password' | 'new-password'
  /** Put the cursor here when the form opens, which the person just asked for. */
  focusOnMount?: boolean
  /** Ids of other text that describes this field (a wait message, a form-wide problem). */
  describedBy?: string | undefined
  onChange: (value: string) => void
}

/** A passcode input with a visible label; autocomplete tells password managers which one it is. */
export function PasscodeField({
  id,
  label,
  hint,
  value,
  problem,
  autoComplete,
  focusOnMount,
  describedBy,
  onChange,
}: PasscodeFieldProps) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    // Only where the person just opened this form, or on the lock screen, which is only this. On
    // the next frame: a lock screen that appears while Steady is hidden takes focus once it shows.
    if (!focusOnMount) return
    const frame = requestAnimationFrame(() => input.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [focusOnMount])
  const described = [hint && `${id}-hint`, problem && `${id}-problem`, describedBy]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={input}
        type="password"
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-describedby={described || undefined}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
