import type { ReactNode } from 'react'

interface FormActionsProps {
  /** The primary action: submits the form. */
  submitLabel: ReactNode
  /** Shown on the primary button while the action runs ("Saving…"). */
  pendingLabel?: ReactNode
  pending?: boolean
  /** Disables the primary action (e.g. while a draft is still loading). */
  disabled?: boolean
  /** The secondary action, usually Cancel or Skip; left out when absent. */
  secondaryLabel?: ReactNode
  onSecondary?: () => void
  /** Anything else that belongs in the row, after the two. */
  children?: ReactNode
}

/** A form's actions: one primary submit button and at most one quiet secondary action. */
export function FormActions({
  submitLabel,
  pendingLabel,
  pending = false,
  disabled = false,
  secondaryLabel,
  onSecondary,
  children,
}: FormActionsProps) {
  return (
    <div className="button-row form-actions">
      <button
        type="submit"
        className="button button--primary"
        disabled={pending || disabled}
        aria-busy={pending || undefined}
      >
        {pending && pendingLabel ? pendingLabel : submitLabel}
      </button>
      {secondaryLabel && onSecondary && (
        <button type="button" className="button" onClick={onSecondary}>
          {secondaryLabel}
        </button>
      )}
      {children}
    </div>
  )
}
