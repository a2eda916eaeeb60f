import { useEffect, useRef, useState } from 'react'
import {
  DEFAULT_WAIT_MINUTES,
  describeWait,
  elapsedMs,
  extendWait,
  formatClock,
  isWaitOver,
  pauseWait,
  remainingMs,
  resumeWait,
  startWait,
  stopWait,
  waitedMinutes,
  type WaitTimer,
} from '../logic/wait-timer'
import { UrgeBreathing } from './urge-breathing'

/** Often enough that the seconds never look stuck; the time itself always comes from Date.now(). */
const TICK_MS = 250

interface UrgeWaitStepProps {
  /** Kept by the exercise for the session, so leaving and coming back finds it running still. */
  timer: WaitTimer | null
  setTimer: (timer: WaitTimer) => void
  onNext: (waitedMinutes: number | null) => void
}

/** Step 2: wait the urge out with a timer and a paced breath. Ends with the minutes waited. */
export function UrgeWaitStep({ timer, setTimer, onNext }: UrgeWaitStepProps) {
  const [now, setNow] = useState(() => Date.now())
  const running = timer !== null && timer.runningSince !== null && !isWaitOver(timer, now)

  // While running, look at the clock often, and at once when the page is shown again after the
  // phone hid or slept it (when interval timers may not have run at all).
  useEffect(() => {
    if (!running) return
    const tick = () => setNow(Date.now())
    const interval = setInterval(tick, TICK_MS)
    document.addEventListener('visibilitychange', tick)
    return () => {
      clearInterval(interval)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [running])

  // Starting and stopping replace the button that was pressed: when focus was lost with it, put it
  // on the control that took its place (never when the person has put it somewhere else).
  const started = timer !== null
  const over = timer !== null && isWaitOver(timer, now)
  const control = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (started && (document.activeElement === document.body || !document.activeElement)) {
      control.current?.focus()
    }
  }, [started, over])

  if (!timer) {
    return (
      <>
        <p>Most urges ease within a few minutes. Let this one pass before you decide anything.</p>
        <UrgeBreathing elapsed={0} state="ready" />
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => setTimer(startWait(DEFAULT_WAIT_MINUTES, Date.now()))}
          >
            Start a {DEFAULT_WAIT_MINUTES}-minute wait
          </button>
          <button type="button" className="button" onClick={() => onNext(null)}>
            Skip this step
          </button>
        </div>
      </>
    )
  }

  const waited = waitedMinutes(timer, now) ?? 0
  return (
    <>
      <p className="wait-clock" role="timer" aria-atomic="true">
        <span className="visually-hidden">Time left: </span>
        {formatClock(remainingMs(timer, now))}
      </p>
      <p role="status" className="form-status">
        {over &&
          (timer.stopped
            ? `You waited ${describeWait(waited)}. That counts.`
            : 'Time’s up. You stayed with it. Notice how strong the pull feels now.')}
      </p>
      {!over && (
        <>
          <UrgeBreathing elapsed={elapsedMs(timer, now)} state={running ? 'running' : 'paused'} />
          <div className="button-row">
            {/* One button that changes its label, so focus stays on it. */}
            <button
              ref={control}
              type="button"
              className="button"
              onClick={() => {
                setNow(Date.now())
                setTimer((running ? pauseWait : resumeWait)(timer, Date.now()))
              }}
            >
              {running ? 'Pause' : 'Resume'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setTimer(stopWait(timer, Date.now()))}
            >
              Stop early
            </button>
          </div>
        </>
      )}
      {over && (
        <div className="button-row">
          <button
            ref={control}
            type="button"
            className="button button--primary"
            onClick={() => onNext(waitedMinutes(timer, Date.now()))}
          >
            Next
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setNow(Date.now())
              setTimer(extendWait(timer, DEFAULT_WAIT_MINUTES, Date.now()))
            }}
          >
            Wait {DEFAULT_WAIT_MINUTES} more minutes
          </button>
        </div>
      )}
    </>
  )
}
