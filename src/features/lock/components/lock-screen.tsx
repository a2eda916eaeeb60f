import { useState, type ReactNode } from 'react'
import { SunWaveMark } from '@/components/brand'
import { InsecureContextNotice } from '@/components/insecure-context-notice'
import type { AppLock } from '@/db/types'
import { ForgotPasscode } from './forgot-passcode'
import { UnlockForm } from './unlock-form'

interface LockScreenProps {
  lock: AppLock
  support: ReactNode
  onUnlock: () => void
  onErased: () => void
}

/** What opens instead of the app while it is locked: the passcode, a way out, and crisis help. */
export function LockScreen({ lock, support, onUnlock, onErased }: LockScreenProps) {
  const [forgot, setForgot] = useState(false)
  return (
    <main id="main" className="full-screen-message">
      <title>Locked · Steady</title>
      <div className="lock-screen__mark">
        <SunWaveMark size={56} title="Steady" />
      </div>
      <h1>Steady is locked</h1>
      {forgot ? (
        <ForgotPasscode onBack={() => setForgot(false)} onErased={onErased} />
      ) : (
        <>
          <p>Enter your passcode to open your journal.</p>
          <InsecureContextNotice unavailable="Checking your passcode" />
          <UnlockForm lock={lock} onUnlock={onUnlock} />
          <p>
            <button
              type="button"
              className="button button--quiet button--flush"
              onClick={() => setForgot(true)}
            >
              Forgot your passcode?
            </button>
          </p>
        </>
      )}
      {support}
    </main>
  )
}
