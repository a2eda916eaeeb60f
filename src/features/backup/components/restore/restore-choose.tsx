import { useId } from 'react'
import { FilePicker } from '@/components/file-picker'

/** The first step: pick the file. Nothing changes until the person has seen what it holds. */
export function RestoreChoose({ onChoose }: { onChoose: (file: File) => void }) {
  const hint = useId()
  return (
    <div className="field">
      <p className="field-hint" id={hint}>
        You will see what it holds before anything changes.
      </p>
      <FilePicker
        label="Choose a backup file"
        accept=".json,application/json"
        describedBy={hint}
        onChoose={onChoose}
      />
    </div>
  )
}
