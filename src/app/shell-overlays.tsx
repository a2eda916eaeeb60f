import { ToastRegion } from '@/components/toast'
import { UpdatePrompt } from '@/pwa/update-prompt'

/** The update notice and the Undo toast: loaded just after the first paint, which needs neither. */
export function ShellOverlays() {
  return (
    <>
      <UpdatePrompt />
      <ToastRegion />
    </>
  )
}
