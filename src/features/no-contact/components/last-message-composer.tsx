import { useId, useRef } from 'react'
import { DraftWarning } from '@/components/form/draft-warning'
import { useDraft } from '@/hooks/use-draft'
import type { ExWords } from '@/lib/pronouns'
import { combineLastMessage, EMPTY_PARTS, type LastMessageParts } from '../logic/last-message'
import { LastMessageActions } from './last-message-actions'

export const LAST_MESSAGE_DRAFT_ID = 'last-message'
/** Past this a closing message is a letter; say so gently, never refuse. */
const LONG_MESSAGE = 1_500

function promptsFor(ex: ExWords): { key: keyof LastMessageParts; label: string; hint: string }[] {
  return [
    {
      key: 'apology',
      label: 'Say sorry for how things were handled',
      hint: 'Only for your own part. For example: “I’m sorry for the way I handled things at the end.”',
    },
    {
      key: 'space',
      label: `Promise ${ex.object} space`,
      hint: 'For example: “I’m going to step back now and give you the space you need.”',
    },
    {
      key: 'doingWell',
      label: 'Say you’re doing well',
      hint: 'Only what is true; one honest line is enough. For example: “I’m looking after myself and I’m okay.”',
    },
  ]
}

/** The one last message in three optional parts, kept as a draft while typing, never sent by Steady. */
export function LastMessageComposer({ ex }: { ex: ExWords }) {
  const draft = useDraft(LAST_MESSAGE_DRAFT_ID, 'last-message', EMPTY_PARTS)
  const parts = draft.value
  const message = combineLastMessage(parts)
  const preview = useRef<HTMLParagraphElement>(null)
  const baseId = useId()

  return (
    <>
      <form
        className="card"
        aria-labelledby={`${baseId}-heading`}
        aria-busy={!draft.ready}
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id={`${baseId}-heading`}>Write it</h2>
        <p className="field-hint">Every part is optional. Kept as you type, even if you leave.</p>
        <DraftWarning failure={draft.failure} text={message} />
        {draft.restored && (
          <p className="entry-editor__restored" role="status">
            We kept what you were writing.
          </p>
        )}
        {promptsFor(ex).map((prompt) => (
          <div className="field" key={prompt.key}>
            <label htmlFor={`${baseId}-${prompt.key}`} className="field-label">
              {prompt.label}
            </label>
            <p id={`${baseId}-${prompt.key}-hint`} className="field-hint">
              {prompt.hint}
            </p>
            <textarea
              id={`${baseId}-${prompt.key}`}
              dir="auto"
              rows={3}
              value={parts[prompt.key]}
              aria-describedby={`${baseId}-${prompt.key}-hint`}
              onChange={(event) => draft.update({ [prompt.key]: event.target.value })}
            />
          </div>
        ))}
      </form>

      <section className="card" aria-labelledby={`${baseId}-preview-heading`}>
        <h2 id={`${baseId}-preview-heading`}>Your message</h2>
        {message ? (
          <p ref={preview} className="last-message__preview" dir="auto">
            {message}
          </p>
        ) : (
          <p className="field-hint">Your message appears here as you write.</p>
        )}
        {message.length > LONG_MESSAGE && (
          <p className="field-hint">
            This is long for a last message. A few calm lines often say it best; longer thoughts can
            go in your journal.
          </p>
        )}
        <LastMessageActions message={message} preview={preview} ex={ex} />
      </section>
    </>
  )
}
