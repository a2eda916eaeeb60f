import { Link } from '@/components/link'
import type { NextStep } from '../logic/steps'

interface NextStepCardProps {
  next: NextStep
  /** The small heading above it: "Your next step" on the map, "From your journey" on Today. */
  eyebrow: string
  headingId: string
}

/** The one next thing to do on the journey, as a small card with one way on. */
export function NextStepCard({ next, eyebrow, headingId }: NextStepCardProps) {
  return (
    <section className="card next-step" aria-labelledby={headingId}>
      <p className="eyebrow">{eyebrow}</p>
      <h2 id={headingId}>{next.title}</h2>
      <p>{next.text}</p>
      <Link className="button button--primary" to={next.to}>
        {next.action}
      </Link>
    </section>
  )
}
