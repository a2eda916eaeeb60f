import { useId, useState, type FormEvent } from 'react'
import { InsecureContextError } from '@/lib/secure-context'
import { turnOffLock, PasscodeWaitError, WrongPasscodeError } from '../data/lock'
import { FormActions, SAVE_FAILED } from './form-actions'
import { PasscodeField } from './passcode-field'

interface FormProps {
  onDone: () => void
  onCancel: () => void
}

/** Turning the lock off asks for the current passcode, like changing it. */
export function TurnOffLockForm({ onDone, onCancel }: FormProps) {
  const [current, setCurrent] = useState('')
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setFailure(null)
    if (current === '') {
      setProblem('Enter your current passcode.')
      return
    }
    setProblem(undefined)
    setBusy(true)
    try {
      await turnOffLock(current)
      onDone()
    } catch (error) {
      if (
        error instanceof WrongPasscodeError ||
        error instanceof PasscodeWaitError ||
        error instanceof InsecureContextError
      )
        setProblem(error.message)
      else setFailure(SAVE_FAILED)
      setBusy(false)
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <PasscodeField
        id={`${id}-current`}
        label="Current passcode"
        value={current}
        autoComplete="current-password"
        focusOnMount
        problem={problem}
        onChange={setCurrent}
      />
      <FormActions
        failure={failure}
        busy={busy}
        submitLabel="Turn off app lock"
        busyLabel="Checking…"
        onCancel={onCancel}
      />
    </form>
  )
}
