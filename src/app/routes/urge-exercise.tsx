import { BackLink } from '@/components/back-link'
import { UrgeExercise } from '@/features/no-contact/components/urge-exercise'
import { useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

export function UrgeExerciseRoute() {
  const settings = useSettings()
  if (!settings) return <title>Before you text · Steady</title>
  const ex = getExWords(settings)
  return (
    <>
      <title>Before you text · Steady</title>
      <BackLink to="/journey/no-contact">No contact</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>
          Before you text <bdi>{ex.name}</bdi>
        </h1>
        <p className="lede">A few minutes for you. Nothing here is ever sent.</p>
      </header>
      <UrgeExercise ex={ex} />
    </>
  )
}
