import { TypedConfirmation } from './typed-confirmation'

/**
 * Asks the person to type DELETE, runs `onConfirm` (the caller's erase), then restarts Steady at the
 * welcome. Shared by Settings and the lock screen's "Forgot your passcode?", so both ask the same
 * way; the erase itself is passed in, so this component never touches the database.
 */
export function EraseEverythingForm({ onConfirm }: { onConfirm: () => Promise<void> }) {
  return (
    <TypedConfirmation
      actionLabel="Delete everything"
      busyLabel="Deleting…"
      doneMessage="Everything is deleted. Steady is starting again."
      describeFailure={() =>
        'Steady couldn’t finish deleting. Close Steady in any other tabs or windows, then try again.'
      }
      onConfirm={async () => {
        await onConfirm()
        // A fresh start: nothing from before stays in memory.
        window.location.assign('/welcome')
      }}
    />
  )
}
