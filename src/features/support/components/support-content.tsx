import { Link } from 'react-router'
import type { ExWords } from '@/lib/pronouns'
import { BreathingGuide } from './breathing-guide'
import { EmergencyCard } from './emergency-card'

/** What to do when it is very hard right now. Everything here works with no connection. */
export function SupportContent({ ex }: { ex: ExWords }) {
  return (
    <>
      <EmergencyCard />

      <section className="card" aria-labelledby="breathe-heading">
        <h2 id="breathe-heading">Breathe for two minutes</h2>
        <p>
          A strong feeling is a wave: it rises, peaks and passes. Slow breathing helps it pass
          sooner.
        </p>
        <BreathingGuide />
      </section>

      <section className="card" aria-labelledby="friend-heading">
        <h2 id="friend-heading">Reach out to someone who cares about you</h2>
        <p>
          Call or message a friend or someone in your family. You don’t have to explain everything:
          “I’m having a hard night, can you talk?” is enough.
        </p>
      </section>

      <section className="card" aria-labelledby="write-heading">
        <h2 id="write-heading">Write it here instead of texting {ex.name}</h2>
        <p>
          Put what you want to say to {ex.object} into words here. Nobody will see it. Read it again
          tomorrow and decide then, with a calmer head.
        </p>
        <div className="button-row">
          <Link className="button button--primary" to="/journey/no-contact/urge">
            Wait it out and write it here
          </Link>
          <Link className="button" to="/?check-in">
            Write in today’s journal
          </Link>
        </div>
      </section>

      <section className="card" aria-labelledby="small-heading">
        <h2 id="small-heading">Small things that help</h2>
        <ul className="plain-list">
          <li>Drink a glass of water and eat something small.</li>
          <li>Step outside or open a window for a few minutes.</li>
          <li>Put the phone in another room for ten minutes; the urge usually fades.</li>
          <li>
            If it is late, this may feel lighter after sleep. You don’t have to decide anything now.
          </li>
        </ul>
      </section>
    </>
  )
}
