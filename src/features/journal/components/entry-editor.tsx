import { lazy, Suspense, useId, useState, type FormEvent, type Ref } from 'react'
import type { DraftFieldsByKind, Mood } from '@/db/types'
import type { DraftState } from '@/hooks/use-draft'
import { DraftWarning } from '@/components/form/draft-warning'
import { describeError } from '@/lib/errors'
import { MAX_ENTRY_LENGTH, validateEntry } from '../logic/validate-entry'
import { MoodPicker } from './mood-picker'

interface EntryEditorProps {
  draft: DraftState<'entry'>
  /** Saves the entry; resolves once it is stored. The draft is removed by the save itself. */
  onSave: (value: DraftFieldsByKind['entry']) => Promise<void>
  onCancel?: () => void
  submitLabel: string
  textLabel?: string
  focusOnMount?: boolean
  textareaRef?: Ref<HTMLTextAreaElement>
  /** A heading above that already asks how they feel: the mood choice takes it as its name. */
  moodLabelledBy?: string
  /** Keep tags folded away until asked for (Today's quick check-in), unless there are some. */
  foldTags?: boolean
}

// Not needed for Today's first paint (the check-in folds tags away): its own chunk, just after.
const TagEditor = lazy(async () => ({ default: (await import('./tag-editor')).TagEditor }))

const COUNTER_FROM = MAX_ENTRY_LENGTH * 0.9

/** Mood and free text, written to a draft as the person types, never losing a word on failure. */
export function EntryEditor({
  draft,
  onSave,
  onCancel,
  submitLabel,
  textLabel = 'Write as much or as little as you like',
  focusOnMount,
  textareaRef,
  moodLabelledBy,
  foldTags,
}: EntryEditorProps) {
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const textId = useId()
  const problemId = useId()
  const { value } = draft

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const invalid = validateEntry(value)
    if (invalid) {
      setProblem(invalid)
      return
    }
    setSaving(true)
    setProblem(null)
    try {
      await draft.flush()
      await onSave(value)
    } catch (error) {
      setProblem(describeError(error))
    } finally {
      setSaving(false)
    }
  }

  const tags = value.tags ?? []
  // Once shown, shown: hiding again when the last tag goes would take the focus away.
  const [showTags, setShowTags] = useState(false)
  const tagEditor = (
    <Suspense fallback={null}>
      <TagEditor
        tags={tags}
        onChange={(next) => {
          setProblem(null)
          setShowTags(true)
          draft.update({ tags: next })
        }}
        disabled={saving}
        focusOnMount={showTags}
      />
    </Suspense>
  )

  function setMood(mood: Mood) {
    setProblem(null)
    draft.update({ mood })
  }

  return (
    <form className="entry-editor" onSubmit={handleSubmit} noValidate aria-busy={!draft.ready}>
      <DraftWarning failure={draft.failure} text={value.text} />
      {draft.restored && (
        <p className="entry-editor__restored" role="status">
          We kept what you were writing.
        </p>
      )}
      <MoodPicker
        value={value.mood}
        onChange={setMood}
        disabled={saving}
        labelledBy={moodLabelledBy}
      />
      {value.prompt && (
        <div className="entry-editor__prompt">
          <p>
            <span className="visually-hidden">Prompt: </span>
            {value.prompt}
          </p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => draft.update({ prompt: '' })}
          >
            Remove prompt
          </button>
        </div>
      )}
      <label htmlFor={textId} className="field-label">
        {textLabel}
      </label>
      <textarea
        id={textId}
        ref={textareaRef}
        className="entry-editor__text"
        dir="auto"
        value={value.text}
        rows={4}
        // autoFocus only where the person asked to write (the shortcut or an Edit tap).
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={focusOnMount}
        aria-describedby={problem ? problemId : undefined}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setProblem(null)
          draft.update({ text: event.target.value })
        }}
        readOnly={saving}
      />
      {value.text.length > COUNTER_FROM && (
        <p className="field-hint">
          {value.text.length.toLocaleString('en')} of {MAX_ENTRY_LENGTH.toLocaleString('en')}{' '}
          characters
        </p>
      )}
      {!foldTags || showTags || tags.length > 0 ? (
        tagEditor
      ) : (
        // A plain button, not the kit's disclosure: its icons would weigh on Today's first load.
        <button
          type="button"
          className="button button--quiet entry-editor__add-tags"
          aria-expanded="false"
          onClick={() => setShowTags(true)}
        >
          Add tags
        </button>
      )}
      {problem && (
        <p id={problemId} className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving || !draft.ready}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            className="button"
            onClick={() => {
              void draft.discard()
              onCancel()
            }}
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
