import { useId, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { showToast } from '@/components/toast-store'
import type { UrgeLog } from '@/db/types'
import { fromDateAndTime, toCalendarDay, toTimeInput } from '@/lib/dates'
import { describeError } from '@/lib/errors'
import { deleteUrge, restoreUrge, updateUrge } from '../data/urges'
import { describeWait } from '../logic/wait-timer'
import { IntensityPicker, UrgeNoteFields } from './urge-fields'

const TRACKER = '/journey/no-contact'

/** Changing or deleting a noted urge (deleting can be undone). */
export function UrgeEditForm({ urge }: { urge: UrgeLog }) {
  const navigate = useNavigate()
  const at = new Date(urge.at)
  const [day, setDay] = useState(toCalendarDay(at))
  const [time, setTime] = useState(toTimeInput(at))
  const [intensity, setIntensity] = useState<number | null>(urge.intensity)
  const [trigger, setTrigger] = useState(urge.trigger)
  const [helped, setHelped] = useState(urge.helped)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const dayId = useId()
  const timeId = useId()

  async function save(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setProblem(null)
    try {
      await updateUrge(urge.id, {
        at: fromDateAndTime(day, time),
        intensity,
        trigger,
        helped,
        waitedMinutes: urge.waitedMinutes,
      })
      navigate(TRACKER)
      showToast({ message: 'Urge updated.' })
    } catch (error) {
      setProblem(describeError(error))
      setSaving(false)
    }
  }

  async function remove() {
    try {
      const removed = await deleteUrge(urge.id)
      navigate(TRACKER)
      if (removed) {
        showToast({
          message: 'Urge deleted.',
          actionLabel: 'Undo',
          onAction: () => restoreUrge(removed),
        })
      }
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  return (
    <form className="urge-edit-form" onSubmit={save} noValidate>
      <div className="date-time-row">
        <div className="field">
          <label htmlFor={dayId} className="field-label">
            Date
          </label>
          <input
            id={dayId}
            type="date"
            value={day}
            max={toCalendarDay(new Date())}
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={timeId} className="field-label">
            Time
          </label>
          <input
            id={timeId}
            type="time"
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
        </div>
      </div>
      <IntensityPicker
        legend="How strong was it?"
        value={intensity}
        disabled={saving}
        onChange={setIntensity}
      />
      <UrgeNoteFields
        trigger={trigger}
        helped={helped}
        onTriggerChange={setTrigger}
        onHelpedChange={setHelped}
        disabled={saving}
      />
      {urge.waitedMinutes !== null && (
        <p className="field-hint">Waited with the timer: {describeWait(urge.waitedMinutes)}.</p>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={() => navigate(TRACKER)}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => void remove()}>
          Delete
        </button>
      </div>
    </form>
  )
}
