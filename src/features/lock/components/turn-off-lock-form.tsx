import { useState } from 'react'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { UserError } from '@/lib/errors'
import { turnOffLock } from '../data/lock'
import { PasscodeField } from './passcode-field'

interface FormProps {
  onDone: () => void
  onCancel: () => void
}

/** Turning the lock off asks for the current passcode, like changing it. */
export function TurnOffLockForm({ onDone, onCancel }: FormProps) {
  const [current, setCurrent] = useState('')
  const [fieldProblem, setFieldProblem] = useState<string | null>(null)
  const { onSubmit, pending, problem, attachProblem } = useFormAction(
    async () => {
      setFieldProblem(null)
      if (current === '') throw new UserError('Enter your current passcode.', { field: 'current' })
      await turnOffLock(current)
      onDone()
    },
    {
      outcome: 'the lock is still on',
      onFieldProblem: (_field, message) => setFieldProblem(message),
    },
  )

  return (
    <form onSubmit={onSubmit} noValidate>
      <PasscodeField
        label="Current passcode"
        value={current}
        autoComplete="current-password"
        focusOnMount
        problem={fieldProblem}
        onChange={setCurrent}
      />
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions
        submitLabel="Turn off app lock"
        pendingLabel="Checking…"
        pending={pending}
        secondaryLabel="Cancel"
        onSecondary={onCancel}
      />
    </form>
  )
}
