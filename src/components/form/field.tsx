import { useId, type ReactNode } from 'react'

/** What a control needs to be named, described and marked invalid by its field. */
export interface ControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

interface FieldProps {
  label: ReactNode
  /** One line under the label: an example, or "Optional". */
  hint?: ReactNode
  /** What is wrong with this field, in the person's words; read with the field. */
  error?: string | null | undefined
  /** Ids of other text that describes the control (a status further down the form). */
  describedBy?: string | undefined
  /**
   * Say the error out at once (role="alert"), for a form whose only problem lives on this field
   * and where focus must stay in it (the lock screen's passcode). Others use FormProblem.
   */
  announce?: boolean
  /** The control, given the id, description and invalid state it must carry. */
  children: (control: ControlProps) => ReactNode
}

/**
 * A labelled control with an optional hint and error, both wired to it with aria-describedby so a
 * screen reader reads them with the field. Use it for any control; TextField covers text.
 */
export function Field({ label, hint, error, describedBy, announce, children }: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const described = [hint ? hintId : null, error ? errorId : null, describedBy]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': described || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error && (
        <p id={errorId} className="field-problem" role={announce ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  )
}

interface TextFieldProps {
  label: ReactNode
  hint?: ReactNode
  error?: string | null | undefined
  value: string
  onChange: (value: string) => void
  /** When the person leaves the field (e.g. to save what it holds). */
  onBlur?: () => void
  /** Lines for a text area; without it, a one-line input. */
  rows?: number
  readOnly?: boolean
  autoComplete?: string
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url'
  describedBy?: string | undefined
}

/**
 * A free-text field: one line, or a text area with `rows`. Text direction follows what is typed
 * (right-to-left languages read correctly), and text is always shown as text.
 */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  onBlur,
  rows,
  readOnly,
  autoComplete,
  inputMode,
  describedBy,
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} describedBy={describedBy}>
      {(control) =>
        rows ? (
          <textarea
            {...control}
            dir="auto"
            rows={rows}
            value={value}
            readOnly={readOnly}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
        ) : (
          <input
            {...control}
            type="text"
            dir="auto"
            value={value}
            readOnly={readOnly}
            autoComplete={autoComplete}
            inputMode={inputMode}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
        )
      }
    </Field>
  )
}
