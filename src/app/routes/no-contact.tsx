import { BackLink } from '@/components/back-link'
import { Tracker } from '@/features/no-contact/components/tracker'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

export function NoContactRoute() {
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  return (
    <>
      <title>No contact · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <p className="eyebrow">Give space</p>
        <h1 tabIndex={-1}>No contact</h1>
      </header>
      <Tracker ex={ex} />
    </>
  )
}
