import { useRef, type ChangeEvent } from 'react'
import { Icon } from './icons'

interface FilePickerProps {
  /** What the button says: "Choose backup file". */
  label: string
  accept?: string
  /** The chosen file's name, shown beside the button once there is one. */
  fileName?: string | null
  onChoose: (file: File) => void
  disabled?: boolean
  describedBy?: string
}

/**
 * A file input that looks like the app's buttons instead of the browser's grey "Browse…". The real
 * input stays in the page (keyboard, screen readers and tests use it); only its drawing is hidden.
 */
export function FilePicker({
  label,
  accept,
  fileName,
  onChoose,
  disabled,
  describedBy,
}: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null)
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Clear it, so choosing the same file again (after fixing a password) still reports a change.
    event.target.value = ''
    if (file) onChoose(file)
  }
  return (
    <div className="file-picker">
      <label className="button file-picker__button" data-disabled={disabled || undefined}>
        <Icon name="upload" />
        <span>{label}</span>
        <input
          ref={input}
          className="file-picker__input"
          type="file"
          accept={accept}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={choose}
        />
      </label>
      {fileName && (
        <p className="file-picker__name">
          <Icon name="file" />
          <bdi>{fileName}</bdi>
        </p>
      )}
    </div>
  )
}
