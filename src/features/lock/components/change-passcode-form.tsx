import { useState } from 'react'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { assertNoProblem } from '@/lib/errors'
import { changePasscode } from '../data/lock'
import { validateNewPasscode, type PasscodeProblems } from '../logic/passcode'
import { NewPasscodeFields } from './new-passcode-fields'
import { PasscodeField } from './passcode-field'

interface FormProps {
  onDone: () => void
  onCancel: () => void
}

type Problems = PasscodeProblems & { current?: string }

/** A new passcode, only with the current one: someone handed the open app can't take it over. */
export function ChangePasscodeForm({ onDone, onCancel }: FormProps) {
  const [current, setCurrent] = useState('')
  const [passcode, setPasscode] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const { onSubmit, pending, problem, attachProblem } = useFormAction(
    async () => {
      const found: Problems = {
        ...(current === '' ? { current: 'Enter your current passcode.' } : {}),
        ...validateNewPasscode({ passcode, confirm }),
      }
      setProblems(found)
      assertNoProblem(found.current, found.passcode, found.confirm)
      await changePasscode(current, passcode)
      onDone()
    },
    {
      outcome: 'the passcode was not changed',
      // A wrong current passcode, or the wait after several: said on that field too.
      onFieldProblem: (field, message) => setProblems({ [field]: message }),
    },
  )

  return (
    <form onSubmit={onSubmit} noValidate>
      <PasscodeField
        label="Current passcode"
        value={current}
        autoComplete="current-password"
        focusOnMount
        problem={problems.current}
        onChange={setCurrent}
      />
      <NewPasscodeFields
        passcode={passcode}
        confirm={confirm}
        problems={problems}
        onPasscode={setPasscode}
        onConfirm={setConfirm}
      />
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions
        submitLabel="Change passcode"
        pendingLabel="Checking…"
        pending={pending}
        secondaryLabel="Cancel"
        onSecondary={onCancel}
      />
    </form>
  )
}
