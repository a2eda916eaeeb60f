import { Segmented } from '@/components/segmented'
import { AUTO_LOCK_CHOICES } from '../logic/auto-lock'

interface AutoLockChoicesProps {
  value: number
  onChange: (minutes: number) => void
}

const OPTIONS = AUTO_LOCK_CHOICES.map((choice) => ({ value: choice.minutes, label: choice.label }))

/** How long Steady may stay in the background before it asks for the passcode again. */
export function AutoLockChoices({ value, onChange }: AutoLockChoicesProps) {
  return (
    <Segmented
      variant="chips"
      legend="Lock again when Steady has been in the background"
      options={OPTIONS}
      value={value}
      onChange={onChange}
    />
  )
}
