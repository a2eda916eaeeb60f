import type { PasscodeProblems } from '../logic/passcode'
import { PasscodeField } from './passcode-field'

interface NewPasscodeFieldsProps {
  passcode: string
  confirm: string
  problems: PasscodeProblems
  onPasscode: (value: string) => void
  onConfirm: (value: string) => void
  focusOnMount?: boolean
}

/** A new passcode, typed twice: used when turning the lock on and when changing the passcode. */
export function NewPasscodeFields({
  passcode,
  confirm,
  problems,
  onPasscode,
  onConfirm,
  focusOnMount,
}: NewPasscodeFieldsProps) {
  return (
    <>
      <PasscodeField
        label="New passcode"
        hint="At least 4 characters: digits, words or both."
        value={passcode}
        autoComplete="new-password"
        focusOnMount={focusOnMount}
        problem={problems.passcode}
        onChange={onPasscode}
      />
      <PasscodeField
        label="Type the new passcode again"
        value={confirm}
        autoComplete="new-password"
        problem={problems.confirm}
        onChange={onConfirm}
      />
    </>
  )
}
