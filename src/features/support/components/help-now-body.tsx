import { Component, type ReactNode } from 'react'
import { useSettings } from '@/hooks/use-settings'
import { chooseCountry } from '../data/support-settings'
import { browserLocales, findCountry, guessCountry, type CountryCode } from '../logic/helplines'
import { useHelpNowStore, type HelpAccess } from '../store'
import { EmergencyCard } from './emergency-card'
import { GroundingExercise } from './grounding-exercise'
import { PersonalHelp } from './personal-help'
import { TalkLines } from './talk-lines'

/**
 * What Get help now shows, in order: the person's own plan and people (only while unlocked), a
 * minute of grounding, talk lines, then emergency numbers. Loaded when first opened (and precached
 * for offline), so the app's first load stays small.
 */
export function HelpNowBody({ access }: { access: HelpAccess }) {
  return (
    <>
      {access === 'full' && (
        <QuietBoundary>
          <PersonalHelp />
        </QuietBoundary>
      )}
      {access === 'locked' && (
        <p className="field-hint">Your own plan and people show here once Steady is unlocked.</p>
      )}
      <GroundingExercise />
      {access === 'no-storage' ? (
        <SessionHelpLines />
      ) : (
        <QuietBoundary fallback={<SessionHelpLines />}>
          <StoredHelpLines />
        </QuietBoundary>
      )}
    </>
  )
}

function Lines({
  chosen,
  onChoose,
}: {
  chosen: string | null | undefined
  onChoose: (code: CountryCode | null) => void
}) {
  const code = chosen === undefined ? guessCountry(browserLocales()) : chosen
  const country = findCountry(code)
  return (
    <>
      <TalkLines country={country} guessed={chosen === undefined} onChoose={onChoose} />
      <EmergencyCard country={country} />
    </>
  )
}

/** The country from settings; undefined (never chosen) falls back to the guess. */
export function StoredHelpLines() {
  const settings = useSettings()
  if (!settings) return null
  return <Lines chosen={settings.country} onChoose={(code) => void chooseCountry(code)} />
}

/** Without storage: the choice is kept for this visit only. */
export function SessionHelpLines() {
  const chosen = useHelpNowStore((state) => state.sessionCountry)
  const choose = useHelpNowStore((state) => state.chooseSessionCountry)
  return <Lines chosen={chosen} onChoose={choose} />
}

/** Help must never fail because a personal part could not be read: show the rest instead. */
class QuietBoundary extends Component<
  { children: ReactNode; fallback?: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: unknown) {
    console.warn('Get help now could not read saved data', error)
  }
  override render() {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children
  }
}
