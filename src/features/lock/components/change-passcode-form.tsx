import { useId, useState, type FormEvent } from 'react'
import { InsecureContextError } from '@/lib/secure-context'
import { changePasscode, PasscodeWaitError, WrongPasscodeError } from '../data/lock'
import { validateNewPasscode, type PasscodeProblems } from '../logic/passcode'
import { FormActions, SAVE_FAILED } from './form-actions'
import { NewPasscodeFields } from './new-passcode-fields'
import { PasscodeField } from './passcode-field'

interface FormProps {
  onDone: () => void
  onCancel: () => void
}

/** A new passcode, only with the current one: someone handed the open app can't take it over. */
export function ChangePasscodeForm({ onDone, onCancel }: FormProps) {
  const [current, setCurrent] = useState('')
  const [passcode, setPasscode] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problems, setProblems] = useState<PasscodeProblems & { current?: string }>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found = {
      ...(current === '' ? { current: 'Enter your current passcode.' } : {}),
      ...validateNewPasscode({ passcode, confirm }),
    }
    setProblems(found)
    setFailure(null)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      await changePasscode(current, passcode)
      onDone()
    } catch (error) {
      if (
        error instanceof WrongPasscodeError ||
        error instanceof PasscodeWaitError ||
        error instanceof InsecureContextError
      )
        setProblems({ current: error.message })
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
        problem={problems.current}
        onChange={setCurrent}
      />
      <NewPasscodeFields
        id={id}
        passcode={passcode}
        confirm={confirm}
        problems={problems}
        onPasscode={setPasscode}
        onConfirm={setConfirm}
      />
      <FormActions
        failure={failure}
        busy={busy}
        submitLabel="Change passcode"
        busyLabel="Checking…"
        onCancel={onCancel}
      />
    </form>
  )
}
