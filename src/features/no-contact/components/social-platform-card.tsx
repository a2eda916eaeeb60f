import { useEffect, useId, useRef, useState } from 'react'
import { DraftWarning } from '@/components/form/draft-warning'
import { TextField } from '@/components/form/field'
import { FormProblem } from '@/components/form/form-problem'
import type { SocialChecklistItem } from '@/db/types'
import { formatLongDate } from '@/lib/dates'
import { describeError } from '@/lib/errors'
import type { ExWords } from '@/lib/pronouns'
import { useDraft } from '@/hooks/use-draft'
import {
  platformNoteDraftId,
  removePlatform,
  setChecklistStep,
  updatePlatformNote,
  type ChecklistStep,
} from '../data/social-checklist'

function stepLabels(ex: ExWords): Record<ChecklistStep, string> {
  return {
    unfollowedAt: `Unfollowed ${ex.object}`,
    mutedAt: `Muted ${ex.object} or hid ${ex.possessive} stories`,
    archivedAt: 'Archived photos of us',
  }
}
const STEPS: ChecklistStep[] = ['unfollowedAt', 'mutedAt', 'archivedAt']

/** One platform: the three steps with when each was done, a note, and a way to take it off the list. */
export function SocialPlatformCard({ item, ex }: { item: SocialChecklistItem; ex: ExWords }) {
  // The note is kept as a draft while typed, so a reload or an auto-lock before saving loses nothing.
  const draft = useDraft(platformNoteDraftId(item.id), 'platform-note', { note: item.note })
  const { note } = draft.value
  const [problem, setProblem] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [confirming, setConfirming] = useState(false)
  const keepButton = useRef<HTMLButtonElement>(null)
  const removeButton = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  const headingId = useId()
  const labels = stepLabels(ex)

  // The button that was pressed goes away: keep focus on the question, then back where it was.
  useEffect(() => {
    if (confirming) keepButton.current?.focus()
    else if (asked.current) removeButton.current?.focus()
    asked.current = confirming
  }, [confirming])

  async function run(action: () => Promise<void>) {
    setProblem(null)
    try {
      await action()
      return true
    } catch (error) {
      setProblem(describeError(error))
      return false
    }
  }

  async function saveNote() {
    if (!draft.changed) return
    setStatus('')
    const saved = await run(() =>
      draft.save((draftId) => updatePlatformNote(item.id, note, { draftId })),
    )
    if (saved) setStatus('Note saved.')
  }

  return (
    <section className="card platform-card" aria-labelledby={headingId}>
      <h3 id={headingId} dir="auto">
        {item.platform}
      </h3>
      <fieldset>
        <legend className="visually-hidden">Steps on {item.platform}</legend>
        {STEPS.map((step) => {
          const done = item[step]
          return (
            <div key={step} className="platform-card__step">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={done !== null}
                  onChange={(event) =>
                    void run(() => setChecklistStep(item.id, step, event.target.checked))
                  }
                />
                {labels[step]}
              </label>
              {done && (
                <p className="platform-card__when">Done on {formatLongDate(new Date(done))}</p>
              )}
            </div>
          )
        })}
      </fieldset>
      <DraftWarning failure={draft.failure} text={note} />
      <TextField
        label={
          <>
            Note for {item.platform} <span className="field-hint">(optional)</span>
          </>
        }
        rows={2}
        value={note}
        onChange={(value) => {
          setStatus('')
          setProblem(null)
          draft.update({ note: value })
        }}
        onBlur={() => void saveNote()}
      />
      <p role="status" className="form-status">
        {status}
      </p>
      <FormProblem problem={problem} />
      {confirming ? (
        <div className="platform-card__confirm">
          <p>Take {item.platform} off your list, with its ticks and note?</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void run(() => removePlatform(item.id))}
            >
              Yes, remove it
            </button>
            <button
              ref={keepButton}
              type="button"
              className="button"
              onClick={() => setConfirming(false)}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void saveNote()}>
            Save note
          </button>
          <button
            ref={removeButton}
            type="button"
            className="button button--danger"
            onClick={() => setConfirming(true)}
          >
            Remove {item.platform}
          </button>
        </div>
      )}
    </section>
  )
}
