import { useState } from 'react'
import { errorMessage, errorNames } from '@/lib/errors'

interface DraftWarningProps {
  /** Why the draft could not be written (useDraft's `failure`); nothing is shown while null. */
  failure: unknown
  /** The words to copy: everything typed into the form. */
  text: string
}

function reason(failure: unknown): string {
  if (errorNames(failure).includes('QuotaExceededError') || /quota/i.test(errorMessage(failure))) {
    return 'This phone is out of space for Steady.'
  }
  return 'Steady can’t write to this phone’s storage just now.'
}

/**
 * Said at once and kept on screen while a form's draft cannot be written (storage full, blocked or
 * failing): the words are only in this screen, so offer to copy them. It goes away by itself once
 * a later write succeeds.
 */
export function DraftWarning({ failure, text }: DraftWarningProps) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  if (!failure) return null

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setCopied('yes')
    } catch {
      setCopied('no')
    }
  }

  return (
    <div className="draft-warning" role="alert">
      <p>
        <strong>Not saved on this phone yet — copy your text.</strong> {reason(failure)} Your words
        are still on this screen; copy them somewhere safe until saving works again.
      </p>
      {text.trim() !== '' && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void copy()}>
            Copy my text
          </button>
        </div>
      )}
      <p role="status" className="field-hint">
        {copied === 'yes' && 'Copied. Paste it into a note or a message to yourself.'}
        {copied === 'no' && 'Copying didn’t work here: select the text, then copy it.'}
      </p>
    </div>
  )
}
