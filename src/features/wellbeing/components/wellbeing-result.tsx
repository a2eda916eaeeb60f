import { useEffect, useRef } from 'react'
import { Link } from '@/components/link'
import { suggestsTalking, type WellbeingAnswers } from '../logic/check'

/**
 * After a check: thanks, and when either pair adds up to 3 or more, the gentle suggestion to talk to
 * someone, with Get help now and the talk lines. No labels, no diagnosis, no numbers in red.
 */
export function WellbeingResult({ answers }: { answers: WellbeingAnswers }) {
  const talk = suggestsTalking(answers)
  const heading = useRef<HTMLHeadingElement>(null)
  // The form is replaced by this: move focus here so it is read out and nothing is lost behind.
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="card" aria-labelledby="wellbeing-result">
      <h2 id="wellbeing-result" tabIndex={-1} ref={heading}>
        Thank you for checking in with yourself
      </h2>
      {talk ? (
        <>
          <p>
            From your answers, the last two weeks have been heavy. That is common after a breakup,
            and this might be worth talking to someone about: a friend, your doctor, or a talk line.
            You don’t have to wait until it gets worse.
          </p>
          <div className="button-row">
            <Link className="button button--primary" to="/support">
              Get help now
            </Link>
            <Link className="button" to="/support">
              Talk lines
            </Link>
          </div>
        </>
      ) : (
        <p>
          Your answers are kept on this phone, so you can see how things change over time. If things
          get heavy, Get help now is always in Support.
        </p>
      )}
    </section>
  )
}
