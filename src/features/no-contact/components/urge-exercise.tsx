import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { ExWords } from '@/lib/pronouns'
import { UrgeLetterStep, type SaveLetter } from './urge-letter-step'
import { UrgeLogStep } from './urge-log-step'
import { UrgeWaitStep } from './urge-wait-step'

type Step = 'pause' | 'wait' | 'write' | 'log' | 'done'

const TITLES: Record<Step, string> = {
  pause: 'Pause here for a moment',
  wait: 'Wait it out',
  write: 'Write what you wanted to say',
  log: 'Note the urge',
  done: 'You made space for yourself',
}
const NUMBERED: Step[] = ['pause', 'wait', 'write', 'log']

/**
 * "I want to text them": a short walk-through instead of texting. Every step can be skipped; what is
 * on the way (the timer, which step) is only screen state, while the letter and the urge are saved.
 */
export function UrgeExercise({ ex, saveLetter }: { ex: ExWords; saveLetter: SaveLetter }) {
  const [step, setStep] = useState<Step>('pause')
  const [waited, setWaited] = useState<number | null>(null)
  const [letterId, setLetterId] = useState<string | null>(null)
  const [logged, setLogged] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  // After each step, focus the new step's heading so a screen reader hears where they are.
  useEffect(() => {
    if (moved.current) heading.current?.focus()
  }, [step])

  function go(next: Step) {
    moved.current = true
    setStep(next)
  }

  let body: ReactNode
  if (step === 'pause') {
    body = (
      <>
        <p>
          Wanting to reach out to <bdi>{ex.name}</bdi> right now makes sense. You miss {ex.object},
          and missing someone hurts.
        </p>
        <p>
          An urge like this is a wave: it builds, peaks and eases, usually sooner than it feels
          right now. You don’t have to act on it, and you don’t have to decide anything tonight.
        </p>
        <p>A few quiet minutes, a few written lines, then see how you feel. Skip anything.</p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => go('wait')}>
            Next
          </button>
        </div>
      </>
    )
  } else if (step === 'wait') {
    body = (
      <UrgeWaitStep
        onNext={(minutes) => {
          setWaited(minutes)
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
          setLetterId(id)
          go('log')
        }}
      />
    )
  } else if (step === 'log') {
    body = (
      <UrgeLogStep
        waitedMinutes={waited}
        onNext={(saved) => {
          setLogged(saved)
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
