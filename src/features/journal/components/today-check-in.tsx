import { useRef, useState, type ReactNode } from 'react'
import { Link } from '@/components/link'
import { MoodMark } from '@/components/mood-face'
import type { JournalEntry } from '@/db/types'
import type { DraftFieldsByKind } from '@/db/types'
import { useDraft } from '@/hooks/use-draft'
import { useToday } from '@/hooks/use-today'
import { formatTime } from '@/lib/dates'
import { addEntry, NEW_ENTRY_DRAFT_ID, useEntriesOfDay } from '../data/entries'
import { getMoodLabel } from '../logic/moods'
import { EntryEditor } from './entry-editor'

const EMPTY: DraftFieldsByKind['entry'] = { mood: null, text: '', prompt: '', tags: [] }

interface TodayCheckInProps {
  /**
   * Today's question (composed by the app, loaded lazily), given what to do when the person
   * chooses to write about it, and whether to hide it: it is hidden while a question is already in
   * the editor, but stays rendered, so the app can tell when it has settled either way.
   */
  renderPrompt?: (write: (prompt: string) => void, hidden: boolean) => ReactNode
  /** Opened from the "Check in" shortcut: put the cursor in the text box. */
  focusOnOpen?: boolean
  /** Called after a save, e.g. to ask for persistent storage once there is something to keep. */
  onSaved?: (entry: JournalEntry) => void
}

/** Today's check-in: the composer until there is one, then a short summary with edit and add. */
export function TodayCheckIn({ renderPrompt, focusOnOpen, onSaved }: TodayCheckInProps) {
  const today = useToday()
  const entries = useEntriesOfDay(today)?.filter((entry) => entry.kind !== 'letter')
  const draft = useDraft(NEW_ENTRY_DRAFT_ID, 'entry', EMPTY)
  const [adding, setAdding] = useState(false)
  const [saved, setSaved] = useState('')
  const textRef = useRef<HTMLTextAreaElement>(null)

  if (!entries || !draft.ready)
    return (
      <section
        className="check-in check-in--loading"
        aria-busy="true"
        aria-label="Today’s check-in"
      />
    )

  const first = entries[0]
  const { value } = draft
  const hasDraft =
    value.text !== '' ||
    value.mood !== null ||
    Boolean(value.prompt) ||
    (value.tags?.length ?? 0) > 0
  const composing = !first || adding || hasDraft

  async function save(next: DraftFieldsByKind['entry']) {
    const entry = await addEntry(next, { draftId: NEW_ENTRY_DRAFT_ID })
    setAdding(false)
    setSaved(entry.kind === 'check-in' ? 'Check-in saved.' : 'Entry saved.')
    // The form that had focus is gone: move it to the heading that now says what happened.
    requestAnimationFrame(() => document.getElementById('check-in-heading')?.focus())
    onSaved?.(entry)
  }

  function writeAboutPrompt(prompt: string) {
    draft.update({ prompt })
    setAdding(true)
    // The editor may only now be mounting; focus once it is on the screen.
    requestAnimationFrame(() => textRef.current?.focus())
  }

  return (
    <>
      <section className="check-in" aria-labelledby="check-in-heading">
        <h2 id="check-in-heading" className="check-in__title" tabIndex={-1}>
          {first ? (composing ? 'Add an entry' : 'You checked in today') : 'How are you right now?'}
        </h2>
        {composing ? (
          <EntryEditor
            draft={draft}
            onSave={save}
            onCancel={first ? () => setAdding(false) : undefined}
            submitLabel={first ? 'Save entry' : 'Save check-in'}
            focusOnMount={focusOnOpen}
            textareaRef={textRef}
            moodLabelledBy={first ? undefined : 'check-in-heading'}
            foldTags
          />
        ) : (
          <CheckInSummary entry={first} others={entries.length - 1} onAdd={() => setAdding(true)} />
        )}
        <p className="visually-hidden" role="status">
          {saved}
        </p>
      </section>
      {renderPrompt && (
        <PromptSlot
          render={renderPrompt}
          onWrite={writeAboutPrompt}
          hidden={Boolean(value.prompt)}
        />
      )}
    </>
  )
}

/** Calls the app's prompt renderer as a component, so the handler is only called on a tap. */
function PromptSlot({
  render,
  onWrite,
  hidden,
}: {
  render: NonNullable<TodayCheckInProps['renderPrompt']>
  onWrite: (prompt: string) => void
  hidden: boolean
}) {
  return render(onWrite, hidden)
}

function CheckInSummary({
  entry,
  others,
  onAdd,
}: {
  entry: JournalEntry
  others: number
  onAdd: () => void
}) {
  const mood = getMoodLabel(entry.mood)
  return (
    <div className="check-in-summary">
      <p className="check-in-summary__meta">
        {entry.mood && mood ? (
          <MoodMark level={entry.mood} label={mood} />
        ) : (
          <span className="done-mark" aria-hidden="true">
            ✓
          </span>
        )}
        <span>
          {mood && ' · '}Done at {formatTime(entry.createdAt)}
        </span>
      </p>
      {entry.text.trim() && (
        <p className="check-in-summary__text" dir="auto">
          {entry.text.length > 280 ? `${entry.text.slice(0, 280)}…` : entry.text}
        </p>
      )}
      {others > 0 && (
        <p className="field-hint">
          <Link to="/journal">
            {others === 1 ? '1 more entry today' : `${others} more entries today`} in your journal
          </Link>
        </p>
      )}
      <div className="button-row">
        <Link className="button" to={`/journal/${entry.id}/edit`} state={{ from: '/' }}>
          Edit check-in
        </Link>
        <button type="button" className="button button--primary" onClick={onAdd}>
          Add another entry
        </button>
      </div>
    </div>
  )
}
