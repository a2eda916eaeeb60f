import { useEffect, useRef } from 'react'
import { EraseEverythingForm } from '@/components/erase-everything-form'
import { eraseEverything } from '@/db/erase'

interface ForgotPasscodeProps {
  onBack: () => void
  onErased: () => void
}

/** The honest answer to a forgotten passcode: it can't be recovered; starting again is the way in. */
export function ForgotPasscode({ onBack, onErased }: ForgotPasscodeProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="card" aria-labelledby="forgot-heading">
      <h2 id="forgot-heading" ref={heading} tabIndex={-1}>
        Forgot your passcode?
      </h2>
      <p>
        Steady never kept your passcode, so it can’t show it or reset it. If it might come back to
        you, take your time: trying later costs nothing.
      </p>
      <p>
        The only other way in is to delete everything Steady keeps on this device: your journal and
        check-ins, drafts, settings and the lock. This can’t be undone. If you made an encrypted
        backup, you can restore it in Settings once Steady has started again.
      </p>
      <EraseEverythingForm
        onConfirm={async () => {
          await eraseEverything()
          onErased()
        }}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={onBack}>
          Back to unlock
        </button>
      </div>
    </section>
  )
}
