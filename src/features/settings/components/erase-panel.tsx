import { EraseEverythingForm } from '@/components/erase-everything-form'
import { eraseEverything } from '@/db/erase'

/** The way to remove everything (its screen's title names it): explained first, confirmed by typing, then Steady starts afresh. */
export function ErasePanel() {
  return (
    <div className="erase-panel">
      <p>
        This removes everything Steady keeps on this device: your journal and check-ins, drafts,
        settings and the app lock. It can’t be undone.
      </p>
      <p>If you might want any of it later, make a backup first.</p>
      <p className="field-hint">Steady stays installed and starts again at the welcome.</p>
      <EraseEverythingForm onConfirm={eraseEverything} />
    </div>
  )
}
