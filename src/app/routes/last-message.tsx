import { BackLink } from '@/components/back-link'
import { Link } from '@/components/link'
import { LastMessageComposer } from '@/features/no-contact/components/last-message-composer'
import { useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

export function LastMessageRoute() {
  const settings = useSettings()
  if (!settings) return <title>One last message · Steady</title>
  const ex = getExWords(settings)
  return (
    <>
      <title>One last message · Steady</title>
      <BackLink to="/journey/no-contact">No contact</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>One last message</h1>
        <p className="lede">
          A calm, closing message before you give <bdi>{ex.name}</bdi> space. It is optional: you
          don’t owe {ex.object} one.
        </p>
      </header>
      <section className="card card--soft" aria-labelledby="last-message-before-heading">
        <h2 id="last-message-before-heading">Before you write</h2>
        <p>
          Steady never sends anything. You copy the message or share it to your own messaging app,
          if and when you choose.
        </p>
        <p>Keep it honest: say only what is true for you.</p>
        <p>
          If <bdi>{ex.name}</bdi> has hurt you, frightened you or could put you in danger, don’t
          send anything. Your safety comes first; <Link to="/support">Support</Link> can help.
        </p>
      </section>
      <LastMessageComposer ex={ex} />
    </>
  )
}
