import { useRef, useState } from 'react'
import { FormProblem } from '@/components/form/form-problem'
import { InsecureContextNotice } from '@/components/insecure-context-notice'
import type { AppLock } from '@/db/types'
import { describeError } from '@/lib/errors'
import { hasWebCrypto } from '@/lib/secure-context'
import { setAutoLockMinutes } from '../data/lock'
import { describeAutoLock } from '../logic/auto-lock'
import { AutoLockChoices } from './auto-lock-choices'
import { ChangePasscodeForm } from './change-passcode-form'
import { TurnOffLockForm } from './turn-off-lock-form'
import { TurnOnLockForm } from './turn-on-lock-form'
import { SealingProgress } from './sealing-progress'
import { WhatTheLockProtects } from './what-the-lock-protects'

type Mode = 'idle' | 'turn-on' | 'change' | 'turn-off'

/** Settings → App lock: turn it on, choose when it locks again, change the passcode, turn it off. */
export function LockSettings({ lock }: { lock: AppLock | null }) {
  const [mode, setMode] = useState<Mode>('idle')
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  function open(next: Mode) {
    setMode(next)
    setStatus('')
    setProblem(null)
  }

  /** Back to the overview, with focus on the heading so it is not lost with the closed form. */
  function close(message = '') {
    setMode('idle')
    setStatus(message)
    heading.current?.focus()
  }

  async function chooseAutoLock(minutes: number) {
    setStatus('')
    setProblem(null)
    try {
      await setAutoLockMinutes(minutes)
      setStatus(`Saved. Steady locks ${describeAutoLock(minutes)}.`)
    } catch (error) {
      setProblem(describeError(error, 'the new choice was not saved'))
    }
  }

  return (
    <section className="card" aria-labelledby="lock-heading">
      <h2 id="lock-heading" ref={heading} tabIndex={-1}>
        App lock
      </h2>
      <InsecureContextNotice unavailable="The app lock" />
      {!lock && mode === 'idle' && (
        <>
          <p>Ask for a passcode whenever Steady opens, so your journal stays yours.</p>
          {hasWebCrypto() && (
            <button type="button" className="button" onClick={() => open('turn-on')}>
              Set a passcode
            </button>
          )}
        </>
      )}
      {!lock && mode === 'turn-on' && (
        <TurnOnLockForm
          onDone={() =>
            close(
              'App lock is on. Everything you’ve written is encrypted, and Steady will ask for your passcode when it opens.',
            )
          }
          onCancel={() => close()}
        />
      )}
      {lock && (
        <>
          <p>
            On. Steady asks for your passcode when it opens, and again{' '}
            {describeAutoLock(lock.autoLockMinutes)}.
          </p>
          <SealingProgress lock={lock} />
          <WhatTheLockProtects />
          <AutoLockChoices value={lock.autoLockMinutes} onChange={chooseAutoLock} />
          {mode === 'change' && (
            <ChangePasscodeForm
              onDone={() => close('Passcode changed.')}
              onCancel={() => close()}
            />
          )}
          {mode === 'turn-off' && (
            <TurnOffLockForm onDone={() => close('App lock is off.')} onCancel={() => close()} />
          )}
          {mode !== 'change' && mode !== 'turn-off' && (
            <div className="button-row">
              <button type="button" className="button" onClick={() => open('change')}>
                Change passcode
              </button>
              <button type="button" className="button" onClick={() => open('turn-off')}>
                Turn off app lock
              </button>
            </div>
          )}
        </>
      )}
      <FormProblem problem={problem} />
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  )
}
