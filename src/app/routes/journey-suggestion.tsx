import { NextStepCard } from '@/features/journey/components/next-step-card'
import { getNextStep, type StepId } from '@/features/journey/logic/steps'
import { useJourneyProgress } from '../journey-progress'

/**
 * Steps whose first move Today already invites with a card of its own (the assessment, the
 * no-contact count, habits, outings): suggesting them again would show the same card twice.
 */
const INVITED_ON_TODAY = new Set<StepId>(['assess', 'space', 'self', 'live'])

/**
 * Today's one suggestion from the journey map, below everything the first paint needs. Its own
 * small chunk: loaded from the map's (journey-screens.tsx), Today fetched the map, step 5's forms
 * and the whole form kit (13 more requests, about 23 KB) while its question for today waited.
 * Nothing is shown when Today already invites that step, or once every step has something of the
 * person's in it.
 */
export function JourneySuggestion() {
  const progress = useJourneyProgress()
  if (!progress) return null
  const next = getNextStep(progress)
  if (next.step === null || INVITED_ON_TODAY.has(next.step)) return null
  return <NextStepCard next={next} eyebrow="From your journey" headingId="today-next-step" />
}
