import { useState } from 'react'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { assertNoProblem } from '@/lib/errors'
import { turnOnLock } from '../data/lock'
import { DEFAULT_AUTO_LOCK_MINUTES } from '../logic/auto-lock'
import { validateNewPasscode, type PasscodeProblems } from '../logic/passcode'
import { AutoLockChoices } from './auto-lock-choices'
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
  const { onSubmit, pending, problem, attachProblem } = useFormAction(
    async () => {
      const found = validateNewPasscode({ passcode, confirm })
      setProblems(found)
      assertNoProblem(found.passcode, found.confirm)
      await turnOnLock(passcode, minutes)
      onDone()
    },
    { outcome: 'the lock was not turned on' },
  )

  return (
    <form onSubmit={onSubmit} noValidate>
      <p>Before you choose a passcode:</p>
      <ul className="plain-list">
        <li>
          If you forget it, it can’t be recovered. The only way back in is to delete everything on
          this device; you can then restore an encrypted backup, if you made one.
        </li>
      </ul>
      <WhatTheLockProtects open />
      <NewPasscodeFields
        passcode={passcode}
        confirm={confirm}
        problems={problems}
        onPasscode={setPasscode}
        onConfirm={setConfirm}
        focusOnMount
      />
      <AutoLockChoices value={minutes} onChange={setMinutes} />
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions
        submitLabel="Turn on app lock"
        pendingLabel="Turning on…"
        pending={pending}
        secondaryLabel="Cancel"
        onSecondary={onCancel}
      />
    </form>
  )
}
