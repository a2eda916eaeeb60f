import { BackLink } from '@/components/back-link'
import { addEntry } from '@/features/journal/data/entries'
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
      <UrgeExercise ex={ex} saveLetter={saveUnsentLetter} />
    </>
  )
}

/** An unsent letter is a journal entry of its own kind, kept where the person can reread it. */
async function saveUnsentLetter(text: string, draftId: string): Promise<string> {
  const entry = await addEntry(
    { mood: null, text, prompt: 'A letter I did not send' },
    { kind: 'letter', draftId },
  )
  return entry.id
}
