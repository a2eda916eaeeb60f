export const SAVE_FAILED = 'Steady couldn’t save that just now. Nothing changed; please try again.'

interface FormActionsProps {
  failure: string | null
  busy: boolean
  submitLabel: string
  busyLabel: string
  onCancel: () => void
}

/** A form's problem (if any), its submit button (busy while the passcode is hashed) and Cancel. */
export function FormActions({ failure, busy, submitLabel, busyLabel, onCancel }: FormActionsProps) {
  return (
    <>
      {failure && (
        <p className="form-problem" role="alert">
          {failure}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  )
}
