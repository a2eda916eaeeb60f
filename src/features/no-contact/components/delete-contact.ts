import { showToast } from '@/components/toast-store'
import { describeStorageError } from '@/lib/errors'
import { deleteContact, restoreContact } from '../data/contacts'

/**
 * Deletes a logged contact, then offers Undo, which puts the row back exactly as it was. The count is
 * worked out from the log, so it follows either way. `onDeleted` leaves the edit screen before the
 * toast shows, so Undo is not covered by a missing row.
 */
export async function deleteContactWithUndo(contactId: string, onDeleted: () => void) {
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
