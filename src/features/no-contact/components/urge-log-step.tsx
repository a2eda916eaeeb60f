import { useId, useState, type FormEvent } from 'react'
import { describeError } from '@/lib/errors'
import { logUrge } from '../data/urges'
import { describeWait } from '../logic/wait-timer'
import { IntensityPicker, UrgeNoteFields } from './urge-fields'

/** Step 4: note the urge. Urges are a log of their own and never touch the no-contact count. */
export function UrgeLogStep({
  waitedMinutes,
  onNext,
}: {
  waitedMinutes: number | null
  onNext: (logged: boolean) => void
}) {
  const [intensity, setIntensity] = useState<number | null>(null)
  const [trigger, setTrigger] = useState('')
  const [helped, setHelped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const problemId = useId()

  async function save(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setProblem(null)
    try {
      await logUrge({ intensity, trigger, helped, waitedMinutes, at: new Date() })
      onNext(true)
    } catch (error) {
      setProblem(describeError(error))
      setSaving(false)
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <p>
        Noting urges shows you, over time, what sets them off and what helps. They are kept apart
        from your count: an urge never changes it.
      </p>
      {waitedMinutes !== null && (
        <p className="field-hint">You waited {describeWait(waitedMinutes)}.</p>
      )}
      <IntensityPicker
        legend="How strong is the urge?"
        value={intensity}
        disabled={saving}
        onChange={(value) => {
          setProblem(null)
          setIntensity(value)
        }}
      />
      <UrgeNoteFields
        trigger={trigger}
        helped={helped}
        onTriggerChange={setTrigger}
        onHelpedChange={setHelped}
        disabled={saving}
      />
      {problem && (
        <p id={problemId} className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save the urge'}
        </button>
        <button type="button" className="button" onClick={() => onNext(false)}>
          Skip this step
        </button>
      </div>
    </form>
  )
}
