import { BackLink } from '@/components/back-link'
import { SocialChecklist } from '@/features/no-contact/components/social-checklist'
import { useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

export function SocialChecklistRoute() {
  const settings = useSettings()
  if (!settings) return <title>Social media · Steady</title>
  const ex = getExWords(settings)
  return (
    <>
      <title>Social media · Steady</title>
      <BackLink to="/journey/no-contact">No contact</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Social media</h1>
        <p className="lede">
          Seeing <bdi>{ex.name}</bdi>’s posts and stories keeps reopening the wound, even when you
          don’t mean to look. Unfollowing or muting isn’t a message to {ex.object}: it is room for
          you to heal.
        </p>
      </header>
      <SocialChecklist ex={ex} />
    </>
  )
}
