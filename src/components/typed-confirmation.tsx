import { useId, useState, type FormEvent } from 'react'

interface TypedConfirmationProps {
  /** What the person types to confirm; compared trimmed and ignoring case. */
  word?: string
  actionLabel: string
  busyLabel: string
  /** Shown (and announced) once `onConfirm` has finished. */
  doneMessage: string
  /** Explains a failure in plain words. */
  describeFailure: (error: unknown) => string
  onConfirm: () => Promise<void>
}

export function matchesConfirmation(typed: string, word: string): boolean {
  return typed.trim().toLocaleUpperCase('en') === word.toLocaleUpperCase('en')
}

/**
 * The last step before something that cannot be undone: the button stays disabled until the person
 * has typed the word, so a stray tap never destroys anything.
 */
export function TypedConfirmation({
  word = 'DELETE',
  actionLabel,
  busyLabel,
  doneMessage,
  describeFailure,
  onConfirm,
}: TypedConfirmationProps) {
  const [typed, setTyped] = useState('')
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle')
  const [failure, setFailure] = useState<string | null>(null)
  const id = useId()
  const ready = matchesConfirmation(typed, word)

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (!ready || state !== 'idle') return
    setState('busy')
    setFailure(null)
    try {
      await onConfirm()
      setState('done')
    } catch (error) {
      setFailure(describeFailure(error))
      setState('idle')
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-word`} className="field-label">
          Type {word} to confirm
        </label>
        <p id={`${id}-hint`} className="field-hint">
          The button below works once you have typed {word}.
        </p>
        <input
          id={`${id}-word`}
          type="text"
          value={typed}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          readOnly={state !== 'idle'}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      {failure && (
        <p className="form-problem" role="alert">
          {failure}
        </p>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="button button--danger"
          disabled={!ready || state !== 'idle'}
        >
          {state === 'idle' ? actionLabel : busyLabel}
        </button>
      </div>
      <p className="form-status" role="status">
        {state === 'done' ? doneMessage : ''}
      </p>
    </form>
  )
}
