import { SessionHelpLines } from './help-now-body'
import { GroundingExercise } from './grounding-exercise'

/**
 * Support when Steady cannot open its storage (a private window, storage switched off, a full
 * disk): everything that needs no data, which is everything that matters in a crisis.
 */
export function SupportWithoutStorage() {
  return (
    <main id="main" className="full-screen-message">
      <title>Support · Steady</title>
      <h1>When it’s very hard</h1>
      <p className="lede">You don’t have to fix anything right now. Start with one of these.</p>
      <p className="field-hint">
        Steady can’t open its storage in this browser, so your own plan isn’t shown here. Everything
        on this page works without it, and without a connection.
      </p>
      <GroundingExercise />
      <SessionHelpLines />
    </main>
  )
}
