import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTagCounts } from '../data/tags'
import { suggestTags } from '../logic/tag-suggestions'
import { addTags, removeTag } from '../logic/tags'

interface TagEditorProps {
  tags: readonly string[]
  onChange: (tags: string[]) => void
  disabled?: boolean
  /** Opened by the person's "Add tags" tap: put the cursor in the box. */
  focusOnMount?: boolean
}

/**
 * Tags as chips: typed and added with Enter, a comma or the Add button; each removed with its own
 * named button; earlier tags offered as the person types. Normalised by `addTags`, with a kind word
 * when something can't be added (empty, too long, too many).
 */
export function TagEditor({ tags, onChange, disabled, focusOnMount }: TagEditorProps) {
  const known = useTagCounts()
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [said, setSaid] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const hintId = useId()
  const problemId = useId()
  const suggestions = suggestTags(known ?? [], typed, tags)

  function add(text: string, options: { keepRest?: string } = {}) {
    const result = addTags(
      tags,
      text,
      (known ?? []).map(({ tag }) => tag),
    )
    setProblem(result.problem)
    const added = result.tags.slice(tags.length)
    if (added.length > 0) {
      onChange(result.tags)
      setSaid(`Added ${added.join(', ')}.`)
    }
    // What could not be added stays in the box to shorten; what was added leaves it.
    setTyped(
      result.problem && added.length === 0 && text.trim() !== '' ? text : (options.keepRest ?? ''),
    )
  }

  function remove(tag: string) {
    onChange(removeTag(tags, tag))
    setProblem(null)
    setSaid(`Removed ${tag}.`)
    // The button that had focus is gone: back to the box.
    inputRef.current?.focus()
  }

  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      // Enter adds the tag instead of submitting the entry.
      event.preventDefault()
      add(typed)
    }
  }

  return (
    <div className="tag-editor">
      <label htmlFor={inputId} className="field-label">
        Tags
      </label>
      {tags.length > 0 && (
        <ul className="tag-editor__chips" aria-label="Tags on this entry">
          {tags.map((tag) => (
            <li key={tag} className="tag tag--removable">
              <bdi>{tag}</bdi>
              <button
                type="button"
                className="tag__remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => remove(tag)}
                disabled={disabled}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-editor__row">
        <input
          id={inputId}
          ref={inputRef}
          className="tag-editor__input"
          type="text"
          dir="auto"
          enterKeyHint="done"
          // Only after the person asked for tags ("Add tags"), whose button is then gone.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus={focusOnMount}
          autoComplete="off"
          value={typed}
          disabled={disabled}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          aria-invalid={problem ? true : undefined}
          onKeyDown={handleKey}
          onChange={(event) => {
            const value = event.target.value
            setProblem(null)
            // A comma (typed or pasted) ends a tag; whatever follows the last one stays typed.
            const last = Math.max(value.lastIndexOf(','), value.lastIndexOf('،'))
            if (last >= 0) add(value.slice(0, last), { keepRest: value.slice(last + 1) })
            else setTyped(value)
          }}
        />
        <button type="button" className="button" onClick={() => add(typed)} disabled={disabled}>
          Add tag
        </button>
      </div>
      <p id={hintId} className="field-hint">
        A word or two, like “sleep” or “work”. Enter or a comma adds it.
      </p>
      {problem && (
        <p id={problemId} className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {suggestions.length > 0 && (
        <div className="tag-editor__suggestions" role="group" aria-label="Tags you used before">
          {suggestions.map((tag) => (
            <button
              key={tag}
              type="button"
              className="tag tag--suggestion"
              aria-label={`Add tag ${tag}`}
              onClick={() => add(tag)}
              disabled={disabled}
            >
              <span aria-hidden="true">+ </span>
              <bdi>{tag}</bdi>
            </button>
          ))}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  )
}
