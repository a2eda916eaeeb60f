import { useId, useState, type FormEvent } from 'react'

/** An encrypted file: its password, which never leaves this form. */
export function RestorePassword({
  onOpen,
  onCancel,
}: {
  /** Resolves true when the password opened the file. */
  onOpen: (password: string) => Promise<boolean>
  onCancel: () => void
}) {
  const id = useId()
  const [password, setPassword] = useState('')

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await onOpen(password)) setPassword('')
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>This backup is protected with a password.</p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-password`}>
          This backup’s password
        </label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Open backup
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
