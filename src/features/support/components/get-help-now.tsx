import { Component, useEffect, useRef, type ReactNode } from 'react'
import { useSettings } from '@/hooks/use-settings'
import { chooseCountry } from '../data/support-settings'
import { browserLocales, findCountry, guessCountry, type CountryCode } from '../logic/helplines'
import { momentWords } from '../logic/moment'
import { useHelpNowStore, type HelpAccess } from '../store'
import { EmergencyCard } from './emergency-card'
import { GroundingExercise } from './grounding-exercise'
import { PersonalHelp } from './personal-help'
import { TalkLines } from './talk-lines'

/**
 * Everything else, made inert while Get help now is open, and the panel itself. Lives above the
 * database and the lock, so it opens in every state of the app and stays open through a lock.
 */
export function HelpNowHost({ children }: { children: ReactNode }) {
  const open = useHelpNowStore((state) => state.open)
  return (
    <>
      <div className="help-host" inert={open}>
        {children}
      </div>
      {open && <GetHelpNowPanel />}
    </>
  )
}

/**
 * Get help now: the person's own plan, a minute of grounding, talk lines, then emergency numbers.
 * Full screen, so there is nothing outside it to tap by mistake: only Close (or Escape) closes it.
 */
function GetHelpNowPanel() {
  const access = useHelpNowStore((state) => state.access)
  const closeHelp = useHelpNowStore((state) => state.closeHelp)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    heading.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeHelp()
    }
    document.addEventListener('keydown', onKey)
    document.documentElement.classList.add('help-open')
    return () => {
      document.removeEventListener('keydown', onKey)
      document.documentElement.classList.remove('help-open')
      if (opener?.isConnected) opener.focus()
    }
  }, [closeHelp])

  const words = momentWords()
  return (
    <div className="help-now" role="dialog" aria-modal="true" aria-labelledby="help-now-heading">
      <div className="help-now__bar">
        <button type="button" className="button" onClick={closeHelp}>
          Close
        </button>
      </div>
      <div className="help-now__body">
        <h1 id="help-now-heading" ref={heading} tabIndex={-1}>
          You don’t have to get through {words.night ? 'tonight' : 'this'} alone
        </h1>
        <p className="lede">Take this one step at a time. Start wherever feels easiest.</p>
        {access === 'full' && (
          <QuietBoundary>
            <PersonalHelp />
          </QuietBoundary>
        )}
        {access === 'locked' && (
          <p className="field-hint">Your own plan and people show here once Steady is unlocked.</p>
        )}
        <GroundingExercise />
        <HelpLines access={access} />
        <div className="button-row">
          <button type="button" className="button" onClick={closeHelp}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}

/** Talk lines and emergency numbers for the chosen (or guessed) country. */
function HelpLines({ access }: { access: HelpAccess }) {
  return access === 'no-storage' ? (
    <SessionHelpLines />
  ) : (
    <QuietBoundary fallback={<SessionHelpLines />}>
      <StoredHelpLines />
    </QuietBoundary>
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
