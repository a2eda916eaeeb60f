import { useEffect, useRef, type ReactNode } from 'react'
import { Link } from '@/components/link'
import { isNight } from '@/lib/dates'
import type { ExWords } from '@/lib/pronouns'
import { DEFAULT_WAIT_MINUTES, startWait } from '../logic/wait-timer'
import { isStale, useUrgeExerciseStore, type UrgeStep } from '../urge-store'
import { UrgeLetterStep, type SaveLetter } from './urge-letter-step'
import { UrgeLogStep } from './urge-log-step'
import { UrgeWaitStep } from './urge-wait-step'

type Step = UrgeStep

const TITLES: Record<Step, string> = {
  pause: 'Pause here for a moment',
  wait: 'Wait it out',
  write: 'Write what you wanted to say',
  log: 'Note the urge',
  done: 'You made space for yourself',
}
const NUMBERED: Step[] = ['pause', 'wait', 'write', 'log']

/**
 * "I want to text them": a short walk-through instead of texting. Every step can be skipped. Which
 * step and the timer are kept for the session (leaving for Support and coming back resumes them);
 * the letter and the urge are saved in the database.
 */
export function UrgeExercise({ ex, saveLetter }: { ex: ExWords; saveLetter: SaveLetter }) {
  const { step, timer, waited, letterId, logged, update, reset } = useUrgeExerciseStore()
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  // A finished exercise, or one left long ago, is not resumed: coming back starts afresh.
  useEffect(() => {
    if (isStale(useUrgeExerciseStore.getState(), Date.now())) reset()
    return () => {
      if (useUrgeExerciseStore.getState().step === 'done') reset()
    }
  }, [reset])

  // After each step, focus the new step's heading so a screen reader hears where they are.
  useEffect(() => {
    if (moved.current) heading.current?.focus()
  }, [step])

  function go(next: Step) {
    moved.current = true
    update({ step: next })
  }

  let body: ReactNode
  if (step === 'pause') {
    const now = isNight() ? 'tonight' : 'right now'
    body = (
      <>
        <p className="urge-step__line">
          Whatever is pulling you to reach out, it makes sense. You don’t have to act on it {now}.
        </p>
        <button
          type="button"
          className="button button--primary button--wide urge-step__start"
          onClick={() => {
            update({ timer: startWait(DEFAULT_WAIT_MINUTES, Date.now()) })
            go('wait')
          }}
        >
          Start a {DEFAULT_WAIT_MINUTES}-minute wait
        </button>
        <details className="urge-step__why">
          <summary>Why wait?</summary>
          <p>
            An urge is a wave: it builds, peaks and eases, usually sooner than it feels. A few quiet
            minutes let the strongest part pass before you decide anything about{' '}
            <bdi>{ex.name}</bdi>.
          </p>
          <p>After the wait you can write what you wanted to say, here, where nobody reads it.</p>
        </details>
        <div className="button-row">
          <button type="button" className="button button--quiet" onClick={() => go('write')}>
            Skip the wait
          </button>
        </div>
      </>
    )
  } else if (step === 'wait') {
    body = (
      <UrgeWaitStep
        timer={timer}
        setTimer={(next) => update({ timer: next })}
        onNext={(minutes) => {
          update({ waited: minutes })
          go('write')
        }}
      />
    )
  } else if (step === 'write') {
    body = (
      <UrgeLetterStep
        ex={ex}
        saveLetter={saveLetter}
        onNext={(id) => {
          update({ letterId: id })
          go('log')
        }}
      />
    )
  } else if (step === 'log') {
    body = (
      <UrgeLogStep
        waitedMinutes={waited}
        onNext={(saved) => {
          update({ logged: saved })
          go('done')
        }}
      />
    )
  } else {
    body = <UrgeDone letterId={letterId} logged={logged} />
  }

  const number = NUMBERED.indexOf(step) + 1
  return (
    <section className="card urge-step" aria-labelledby="urge-step-heading">
      {number > 0 && (
        <p className="eyebrow">
          Step {number} of {NUMBERED.length}
        </p>
      )}
      <h2 id="urge-step-heading" ref={heading} tabIndex={-1}>
        {TITLES[step]}
      </h2>
      {body}
    </section>
  )
}

function UrgeDone({ letterId, logged }: { letterId: string | null; logged: boolean }) {
  return (
    <>
      <p>
        You felt the pull and gave yourself time instead of acting on it. That takes strength,
        whatever happens next.
      </p>
      {letterId && (
        <p>
          Your letter is in your journal: <Link to={`/journal/${letterId}`}>read it</Link>.
        </p>
      )}
      {logged && <p>The urge is noted. Your no-contact count is just as it was.</p>}
      <p>If it comes back, so can you: this is here whenever you need it.</p>
      <div className="button-row">
        <Link className="button button--primary" to="/journey/no-contact">
          Back to no contact
        </Link>
        <Link className="button" to="/">
          Go to Today
        </Link>
      </div>
      <p className="field-hint">
        Still very hard? <Link to="/support">Support</Link> has more that can help right now.
      </p>
    </>
  )
}
