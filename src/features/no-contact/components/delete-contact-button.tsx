import { showToast } from '@/components/toast-store'
import { describeStorageError } from '@/lib/errors'
import { deleteContact, restoreContact } from '../data/contacts'

/**
 * Deletes a logged contact, then offers Undo, which puts the row back exactly as it was. The count is
 * worked out from the log, so it follows either way.
 */
export function DeleteContactButton({
  contactId,
  onDeleted,
}: {
  contactId: string
  /** Leave the edit screen before the toast shows, so Undo is not covered by a missing row. */
  onDeleted: () => void
}) {
  async function remove() {
    try {
      const removed = await deleteContact(contactId)
      onDeleted()
      if (removed) {
        showToast({
          message: 'Contact deleted; the count is worked out again.',
          actionLabel: 'Undo',
          onAction: () => restoreContact(removed),
        })
      }
    } catch (error) {
      showToast({ message: describeStorageError(error) })
    }
  }

  return (
    <div className="button-row">
      <button type="button" className="button button--danger" onClick={() => void remove()}>
        Delete this contact
      </button>
    </div>
  )
}
