import { useEffect, useRef } from 'react'
import { Field } from '@/components/form/field'

interface PasscodeFieldProps {
  label: string
  hint?: string
  value: string
  problem?: string | null | undefined
  /** Say the problem at once, on the field (the lock screen, where focus stays in the field). */
  announce?: boolean
  autoComplete: 'current-password' | 'new-password'
  /** Put the cursor here when the form opens, which the person just asked for. */
  focusOnMount?: boolean
  /** Ids of other text that describes this field (a wait message). */
  describedBy?: string | undefined
  onChange: (value: string) => void
}

/**
 * A passcode input: the form kit's field (label, hint and problem read with it); autocomplete tells
 * password managers which one it is.
 */
export function PasscodeField({
  label,
  hint,
  value,
  problem,
  announce,
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
  return (
    <Field
      label={label}
      hint={hint}
      error={problem}
      announce={announce}
      describedBy={describedBy}
    >
      {(control) => (
        <input
          {...control}
          ref={input}
          type="password"
          value={value}
          autoComplete={autoComplete}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
