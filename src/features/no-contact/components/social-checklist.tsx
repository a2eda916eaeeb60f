import type { ExWords } from '@/lib/pronouns'
import { useSocialChecklist } from '../data/social-checklist'
import { SocialAddPlatform } from './social-add-platform'
import { SocialPlatformCard } from './social-platform-card'

/** The apps the person uses, and on each what they have done to stop seeing the ex. */
export function SocialChecklist({ ex }: { ex: ExWords }) {
  const items = useSocialChecklist()
  if (!items) return <p aria-busy="true">Opening your checklist…</p>
  return (
    <>
      <SocialAddPlatform existing={items.map((item) => item.platform)} />
      <section aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">Your list</h2>
        {items.length === 0 ? (
          <p className="field-hint">
            Nothing on your list yet. Add the apps where you might see <bdi>{ex.name}</bdi>.
          </p>
        ) : (
          <>
            <p className="field-hint">
              Steady can’t change anything in these apps: do each step in the app itself, then tick
              it here.
            </p>
            {items.map((item) => (
              <SocialPlatformCard key={item.id} item={item} ex={ex} />
            ))}
          </>
        )}
      </section>
    </>
  )
}
