import { useId, useState, type FormEvent } from 'react'
import { MAX_ENTRY_LENGTH } from '@/db/limits'
import { DraftWarning } from '@/components/form/draft-warning'
import { useDraft } from '@/hooks/use-draft'
import { describeError } from '@/lib/errors'
import type { ExWords } from '@/lib/pronouns'

export const UNSENT_LETTER_DRAFT_ID = 'unsent-letter'

/**
 * Keeps the letter in the journal, ending its draft `draftId` in the same transaction, and returns
 * the new entry's id. The journal owns its entries, so the route passes the journal's own write
 * in; no-contact never writes the `entries` table.
 */
export type SaveLetter = (text: string, draftId: string) => Promise<string>
const EMPTY = { text: '' }

/**
 * Step 3: write what you wanted to say. Kept as a draft while typing (a reload or a skipped step
 * loses nothing), then saved into the journal, never sent.
 */
export function UrgeLetterStep({
  ex,
  saveLetter,
  onNext,
}: {
  ex: ExWords
  saveLetter: SaveLetter
  onNext: (savedEntryId: string | null) => void
}) {
  const draft = useDraft(UNSENT_LETTER_DRAFT_ID, 'letter', EMPTY)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const textId = useId()
  const hintId = useId()
  const problemId = useId()
  const { text } = draft.value

  async function save(event: FormEvent) {
    event.preventDefault()
    if (text.trim() === '') {
      setProblem('Write something first, or skip this step.')
      return
    }
    if (text.length > MAX_ENTRY_LENGTH) {
      setProblem(
        `This letter is ${(text.length - MAX_ENTRY_LENGTH).toLocaleString('en')} characters over the limit of ${MAX_ENTRY_LENGTH.toLocaleString('en')}. Nothing is lost: it is kept here as a draft.`,
      )
      return
    }
    setSaving(true)
    setProblem(null)
    try {
      onNext(await draft.save((draftId) => saveLetter(text, draftId)))
    } catch (error) {
      setProblem(describeError(error))
      setSaving(false)
    }
  }

  return (
    <form onSubmit={save} noValidate aria-busy={!draft.ready}>
      <p>
        Say it here, all of it, the way you would to <bdi>{ex.name}</bdi>. It won’t be sent. It goes
        into your journal, where only you can read it. Tomorrow you can read it again with a calmer
        head.
      </p>
      <DraftWarning failure={draft.failure} text={text} />
      {draft.restored && (
        <p className="entry-editor__restored" role="status">
          We kept what you were writing.
        </p>
      )}
      <label htmlFor={textId} className="field-label">
        Your letter to {ex.name}
      </label>
      <p id={hintId} className="field-hint">
        Kept as you type, even if you leave this screen.
      </p>
      <textarea
        id={textId}
        dir="auto"
        rows={6}
        value={text}
        aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
        aria-invalid={problem ? true : undefined}
        readOnly={saving}
        onChange={(event) => {
          setProblem(null)
          draft.update({ text: event.target.value })
        }}
      />
      {problem && (
        <p id={problemId} className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving || !draft.ready}>
          {saving ? 'Saving…' : 'Save it in my journal'}
        </button>
        <button type="button" className="button" onClick={() => onNext(null)}>
          Skip this step
        </button>
      </div>
    </form>
  )
}
