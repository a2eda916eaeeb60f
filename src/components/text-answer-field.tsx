import { useId } from 'react'

interface TextAnswerFieldProps {
  label: string
  hint?: string
  value: string
  onChange: (text: string) => void
  onBlur?: () => void
  /** Why the last save did not happen; the words stay on screen. */
  problem?: string | null
  multiline?: boolean
  /** Hide the label visually when a heading above already says it (it stays for screen readers). */
  labelHidden?: boolean
  inputMode?: 'numeric' | 'text'
}

/** A free-text answer, kept exactly as typed (emoji, right-to-left, any length up to the limit). */
export function TextAnswerField({
  label,
  hint,
  value,
  onChange,
  onBlur,
  problem,
  multiline = true,
  labelHidden = false,
  inputMode,
}: TextAnswerFieldProps) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null]
    .filter(Boolean)
    .join(' ')
  const common = {
    id,
    value,
    dir: 'auto' as const,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': problem ? true : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur,
  }
  return (
    <div className="field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} />
      ) : (
        <input type="text" inputMode={inputMode} {...common} />
      )}
      {problem && (
        <p id={`${id}-problem`} className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
