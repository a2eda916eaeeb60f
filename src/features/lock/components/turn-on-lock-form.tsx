import { useId, useState, type FormEvent } from 'react'
import { turnOnLock } from '../data/lock'
import { DEFAULT_AUTO_LOCK_MINUTES } from '../logic/auto-lock'
import { validateNewPasscode, type PasscodeProblems } from '../logic/passcode'
import { AutoLockChoices } from './auto-lock-choices'
import { FormActions, SAVE_FAILED } from './form-actions'
import { NewPasscodeFields } from './new-passcode-fields'
import { WhatTheLockProtects } from './what-the-lock-protects'

interface FormProps {
  onDone: () => void
  onCancel: () => void
}

/** Says plainly what the lock does and doesn't do, then takes the passcode twice. */
export function TurnOnLockForm({ onDone, onCancel }: FormProps) {
  const [passcode, setPasscode] = useState('')
  const [confirm, setConfirm] = useState('')
  const [minutes, setMinutes] = useState(DEFAULT_AUTO_LOCK_MINUTES)
  const [problems, setProblems] = useState<PasscodeProblems>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found = validateNewPasscode({ passcode, confirm })
    setProblems(found)
    setFailure(null)
    if (found.passcode || found.confirm) return
    setBusy(true)
    try {
      await turnOnLock(passcode, minutes)
      onDone()
    } catch {
      setFailure(SAVE_FAILED)
      setBusy(false)
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <p>Before you choose a passcode:</p>
      <ul className="plain-list">
        <li>
          If you forget it, it can’t be recovered. The only way back in is to delete everything on
          this device; you can then restore an encrypted backup, if you made one.
        </li>
      </ul>
      <WhatTheLockProtects open />
      <NewPasscodeFields
        id={id}
        passcode={passcode}
        confirm={confirm}
        problems={problems}
        onPasscode={setPasscode}
        onConfirm={setConfirm}
        focusOnMount
      />
      <AutoLockChoices value={minutes} onChange={setMinutes} />
      <FormActions
        failure={failure}
        busy={busy}
        submitLabel="Turn on app lock"
        busyLabel="Turning on…"
        onCancel={onCancel}
      />
    </form>
  )
}
