import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { Segmented } from '@/components/segmented'
import type { Mood } from '@/db/types'
import type { HowItWent } from '../data/outings'

interface SettleFormProps {
  /** The check-in's mood scale, composed in by the app (it belongs to the journal). */
  renderMood: (value: Mood | null, onChange: (mood: Mood) => void) => ReactNode
  onSubmit: (how: HowItWent) => Promise<void>
}

/** "How did it go?": it happened (how it felt, a note), or it didn't (no judgement). */
export function SettleForm({ renderMood, onSubmit }: SettleFormProps) {
  const id = useId()
  const [happened, setHappened] = useState<'done' | 'missed' | null>(null)
  const [mood, setMood] = useState<Mood | null>(null)
  const [reflection, setReflection] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!happened) return
    setSaving(true)
    setFailure(null)
    try {
      await onSubmit({ status: happened, mood: happened === 'done' ? mood : null, reflection })
    } catch {
      setFailure('This could not be saved. Your words are still here; try again in a moment.')
      setSaving(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Segmented
        legend="Did it happen?"
        options={[
          { value: 'done', label: 'Yes, it did' },
          { value: 'missed', label: 'No, it didn’t' },
        ]}
        value={happened}
        onChange={setHappened}
      />
      {happened === 'done' && renderMood(mood, setMood)}
      {happened === 'missed' && (
        <p className="field-hint">
          That happens. Plans move, and that’s all right. You can plan another whenever you like.
        </p>
      )}
      {happened && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-note`}>
            {happened === 'done' ? 'Anything to remember? (optional)' : 'A note (optional)'}
          </label>
          <textarea
            id={`${id}-note`}
            dir="auto"
            rows={3}
            value={reflection}
            onChange={(event) => setReflection(event.target.value)}
          />
        </div>
      )}
      {failure && (
        <p className="form-problem" role="alert">
          {failure}
        </p>
      )}
      {happened && (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={saving}>
            Save
          </button>
        </div>
      )}
    </form>
  )
}
