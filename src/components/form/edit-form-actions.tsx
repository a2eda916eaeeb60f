import type { ReactNode } from 'react'
import { FormActions } from './form-actions'

interface EditFormActionsProps {
  /** The save button's words: "Save changes" unless the form says more ("Log this outing"). */
  saveLabel?: ReactNode
  pending?: boolean
  /** Disables Save (e.g. while a draft is still loading). */
  disabled?: boolean
  /** Leaves without saving; the form forgets its draft first. */
  onCancel: () => void
  /** Deletes what is being changed (with Undo); left out where it cannot be deleted here. */
  onDelete?: () => void
  deleteLabel?: ReactNode
}

/**
 * The actions under every form that changes something already saved: Save, a quiet Cancel, and,
 * set apart in the danger colour, Delete. One row, so each edit screen reads and behaves the same.
 */
export function EditFormActions({
  saveLabel = 'Save changes',
  pending = false,
  disabled = false,
  onCancel,
  onDelete,
  deleteLabel = 'Delete',
}: EditFormActionsProps) {
  return (
    <FormActions
      submitLabel={saveLabel}
      pendingLabel="Saving…"
      pending={pending}
      disabled={disabled}
      secondaryLabel="Cancel"
      onSecondary={onCancel}
    >
      {onDelete && (
        <button
          type="button"
          className="button button--danger form-actions__delete"
          disabled={pending}
          onClick={onDelete}
        >
          {deleteLabel}
        </button>
      )}
    </FormActions>
  )
}
