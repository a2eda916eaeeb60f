import { useEffect, useId, useState, type FormEvent } from 'react'
import type { AppLock } from '@/db/types'
import { InsecureContextError, INSECURE_CONTEXT_WHY } from '@/lib/secure-context'
import { tryUnlock } from '../data/lock'
import { formatWait, getRetryWaitMs } from '../logic/retry-delay'
import { PasscodeField } from './passcode-field'

type Problem = 'empty' | 'wrong' | 'waiting' | 'failed' | 'insecure'

/** The passcode box. Wrong tries wait longer and longer; the wait survives a reload (it is stored). */
export function UnlockForm({ lock, onUnlock }: { lock: AppLock; onUnlock: () => void }) {
  const [passcode, setPasscode] = useState('')
  const [checking, setChecking] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [now, refreshNow] = useNow()
  // The stored wait, or the one a check just reported (another tab may have counted a try that
  // this screen's copy of the lock does not show yet).
  const [reportedUntil, setReportedUntil] = useState(0)
  const waitMs = Math.max(getRetryWaitMs(lock, now), reportedUntil - now)
  const waiting = waitMs > 0
  useTicking(waiting, refreshNow)
  const id = useId()

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (checking || waiting) return
    if (passcode === '') {
      setProblem('empty')
      return
    }
    const tried = passcode
    setChecking(true)
    setProblem(null)
    try {
      const result = await tryUnlock(tried)
      if (result.ok || result.reason === 'no-lock') {
        onUnlock()
        return
      }
      if (result.reason === 'waiting') {
        // Not checked at all: keep what was typed, and say why.
        setReportedUntil(Date.now() + result.waitMs)
        setProblem('waiting')
        return
      }
      // Typing goes on while the check runs (it takes a moment): only clear what was tried.
      setPasscode((current) => (current === tried ? '' : current))
      setProblem('wrong')
    } catch (error) {
      if (error instanceof InsecureContextError) {
        setProblem('insecure')
        return
      }
      console.warn('Steady could not check the passcode', error)
      setProblem('failed')
    } finally {
      refreshNow()
      setChecking(false)
    }
  }

  const problemText =
    problem === 'empty'
      ? 'Enter your passcode, then tap Unlock.'
      : problem === 'insecure'
        ? `Steady can’t check your passcode on this page. ${INSECURE_CONTEXT_WHY}`
        : problem === 'failed'
          ? 'Steady couldn’t check the passcode just now. Please try again.'
          : problem === 'waiting'
            ? waiting
              ? 'Not checked yet: Steady is waiting a little after several tries that didn’t match.'
              : 'The wait is over. Tap Unlock to try again.'
            : problem === 'wrong'
              ? waiting
                ? 'That passcode didn’t match.'
                : 'That passcode didn’t match. Try again.'
              : null

  return (
    <form onSubmit={handleSubmit} noValidate>
      <PasscodeField
        label="Passcode"
        value={passcode}
        autoComplete="current-password"
        focusOnMount
        problem={problemText}
        announce
        describedBy={waiting ? `${id}-wait` : undefined}
        onChange={(value) => {
          setPasscode(value)
          if (problem === 'empty') setProblem(null)
        }}
      />
      {waiting && (
        <p id={`${id}-wait`} className="field-hint">
          Several tries in a row didn’t match, so the next one waits a little. You can try again in{' '}
          {formatWait(waitMs)}.
        </p>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={checking || waiting}
        >
          {checking ? 'Checking…' : 'Unlock'}
        </button>
      </div>
    </form>
  )
}

/** The current time, read only outside rendering, with a way to read it again. */
function useNow(): [number, () => void] {
  const [now, setNow] = useState(Date.now)
  return [now, () => setNow(Date.now())]
}

/** Calls `tick` every second while `active`, so a countdown on screen moves. */
function useTicking(active: boolean, tick: () => void) {
  useEffect(() => {
    if (!active) return
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
    // `tick` only reads the clock; a new one each render must not restart the interval.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active])
}
