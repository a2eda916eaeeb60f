import { SupportContent } from '@/features/support/components/support-content'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

export function SupportRoute() {
  const settings = useSettings() ?? DEFAULT_SETTINGS
  return (
    <>
      <title>Support · Steady</title>
      <header className="page-header">
        <h1 tabIndex={-1}>When it’s very hard</h1>
        <p className="lede">You don’t have to fix anything right now. Start with one of these.</p>
      </header>
      <SupportContent ex={getExWords(settings)} />
    </>
  )
}
