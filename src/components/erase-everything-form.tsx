import { eraseEverything } from '@/db/erase'
import { TypedConfirmation } from './typed-confirmation'

/**
 * Deletes everything after the person types DELETE, then restarts Steady at the welcome. Shared by
 * Settings and the lock screen's "Forgot your passcode?", so both ask the same way.
 */
export function EraseEverythingForm({ onErased }: { onErased?: () => void }) {
  return (
    <TypedConfirmation
      actionLabel="Delete everything"
      busyLabel="Deleting…"
      doneMessage="Everything is deleted. Steady is starting again."
      describeFailure={() =>
        'Steady couldn’t finish deleting. Close Steady in any other tabs or windows, then try again.'
      }
      onConfirm={async () => {
        await eraseEverything()
        onErased?.()
        // A fresh start: nothing from before stays in memory.
        window.location.assign('/welcome')
      }}
    />
  )
}
