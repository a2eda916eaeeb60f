import { useId } from 'react'
import { useAutosavedText } from '@/hooks/use-autosaved-text'

interface AutosavedTextFieldProps {
  label: string
  hint?: string
  /** Stands for the row and field; change it and the field starts afresh. */
  saveKey: string
  read: () => Promise<string | undefined>
  write: (text: string) => Promise<void>
  multiline?: boolean
  /** Hide the label visually when a heading above already says it (it stays for screen readers). */
  labelHidden?: boolean
  inputMode?: 'numeric' | 'text'
}

/**
 * A free-text answer saved as it is typed, exactly as typed (emoji, right-to-left, any length up
 * to the limit). A failed write keeps the words on screen and says why.
 */
export function AutosavedTextField(props: AutosavedTextFieldProps) {
  return <AutosavedTextFieldInner key={props.saveKey} {...props} />
}

function AutosavedTextFieldInner({
  label,
  hint,
  saveKey,
  read,
  write,
  multiline = true,
  labelHidden = false,
  inputMode,
}: AutosavedTextFieldProps) {
  const id = useId()
  const { text, change, flush, problem } = useAutosavedText({ key: saveKey, read, write })
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null]
    .filter(Boolean)
    .join(' ')
  const common = {
    id,
    value: text,
    dir: 'auto' as const,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': problem ? true : undefined,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onBlur: () => void flush(),
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
