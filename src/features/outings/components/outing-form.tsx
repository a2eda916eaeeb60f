import { useId, useState, type FormEvent } from 'react'
import { Segmented } from '@/components/segmented'
import { describeTimeZone } from '@/lib/time-zones'
import type { OutingKind } from '@/db/types'
import { OUTING_IDEAS } from '../logic/describe'
import type { OutingFormFields } from '../logic/form-fields'
import { inputOf } from '../logic/form-fields'
import { hasStarted } from '../logic/outing-time'
import { OutingValidationError, validateOuting, type OutingProblems } from '../logic/validate'

interface OutingFormProps {
  fields: OutingFormFields
  onChange: (changes: Partial<OutingFormFields>) => void
  /** People from earlier outings, most often first. */
  people: readonly string[]
  /** The phone's zone right now: offered when the outing's own zone differs. */
  currentZone: string
  now: Date
  submitLabel: string
  onSubmit: () => Promise<void>
  onCancel: () => void
}

const IDEA_TITLES = new Set(OUTING_IDEAS.map((idea) => idea.title))

function addPerson(list: string, name: string): string {
  const trimmed = list.trim()
  return trimmed === '' ? name : `${trimmed.replace(/[,;]\s*$/, '')}, ${name}`
}

/** What, with whom, when and where, and a note. Problems are explained by the field they are in. */
export function OutingForm({
  fields,
  onChange,
  people,
  currentZone,
  now,
  submitLabel,
  onSubmit,
  onCancel,
}: OutingFormProps) {
  const id = useId()
  const [problems, setProblems] = useState<OutingProblems>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const input = inputOf(fields)
  const logging = Object.keys(validateOuting(input)).length === 0 && hasStarted(input, now)
  const named = fields.withWhom.toLocaleLowerCase()
  const suggestions = people
    .filter((person) => !named.includes(person.toLocaleLowerCase()))
    .slice(0, 6)

  function pickIdea(kind: OutingKind) {
    const idea = OUTING_IDEAS.find((option) => option.kind === kind)
    // The idea names the outing unless the person already gave it a name of their own.
    const keepTitle = fields.title.trim() !== '' && !IDEA_TITLES.has(fields.title.trim())
    onChange({ kind, ...(idea && !keepTitle ? { title: idea.title } : {}) })
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFailure(null)
    const found = validateOuting(input)
    setProblems(found)
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus()
      return
    }
    setSaving(true)
    try {
      await onSubmit()
    } catch (error) {
      if (error instanceof OutingValidationError) setProblems(error.problems)
      else setFailure('This could not be saved. Your words are still here; try again in a moment.')
      setSaving(false)
    }
  }

  const describedBy = (field: keyof OutingProblems) =>
    problems[field] ? `${id}-${field}-problem` : undefined
  const problem = (field: keyof OutingProblems) =>
    problems[field] ? (
      <p id={`${id}-${field}-problem`} className="field-problem">
        {problems[field]}
      </p>
    ) : null

  return (
    <form onSubmit={submit} noValidate>
      <Segmented
        legend="What kind of outing?"
        variant="chips"
        options={OUTING_IDEAS.map((idea) => ({ value: idea.kind, label: idea.label }))}
        value={fields.kind}
        onChange={pickIdea}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-title`}>
          Name
        </label>
        <input
          id={`${id}-title`}
          type="text"
          dir="auto"
          value={fields.title}
          maxLength={400}
          aria-invalid={problems.title ? true : undefined}
          aria-describedby={describedBy('title')}
          onChange={(event) => onChange({ title: event.target.value })}
        />
        {problem('title')}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-withWhom`}>
          With whom (optional)
        </label>
        <input
          id={`${id}-withWhom`}
          type="text"
          dir="auto"
          value={fields.withWhom}
          aria-invalid={problems.withWhom ? true : undefined}
          aria-describedby={describedBy('withWhom')}
          onChange={(event) => onChange({ withWhom: event.target.value })}
        />
        {problem('withWhom')}
        {suggestions.length > 0 && (
          <div className="button-row" role="group" aria-label="People from earlier outings">
            {suggestions.map((person) => (
              <button
                key={person}
                type="button"
                className="button"
                onClick={() => onChange({ withWhom: addPerson(fields.withWhom, person) })}
              >
                + <bdi>{person}</bdi>
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-day`}>
          Day
        </label>
        <input
          id={`${id}-day`}
          type="date"
          value={fields.day}
          aria-invalid={problems.day ? true : undefined}
          aria-describedby={describedBy('day')}
          onChange={(event) => onChange({ day: event.target.value })}
        />
        {problem('day')}
      </div>
      <div className="field-pair">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-startTime`}>
            Starts (optional)
          </label>
          <input
            id={`${id}-startTime`}
            type="time"
            value={fields.startTime}
            aria-invalid={problems.startTime ? true : undefined}
            aria-describedby={describedBy('startTime') ?? `${id}-whole-day`}
            onChange={(event) => onChange({ startTime: event.target.value })}
          />
          {problem('startTime')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-endTime`}>
            Ends (optional)
          </label>
          <input
            id={`${id}-endTime`}
            type="time"
            value={fields.endTime}
            aria-invalid={problems.endTime ? true : undefined}
            aria-describedby={describedBy('endTime')}
            onChange={(event) => onChange({ endTime: event.target.value })}
          />
          {problem('endTime')}
        </div>
      </div>
      <p id={`${id}-whole-day`} className="field-hint">
        Without a start time, it’s for the whole day.
      </p>
      {fields.startTime !== '' && fields.endTime !== '' && (
        <label className="choice">
          <input
            type="checkbox"
            checked={fields.endsNextDay}
            onChange={(event) => onChange({ endsNextDay: event.target.checked })}
          />
          <span>Ends after midnight</span>
        </label>
      )}
      {fields.timeZone !== currentZone && (
        <div className="card card--soft">
          <p>
            The times are in {describeTimeZone(fields.timeZone)} time, where you planned it. This
            phone is now on {describeTimeZone(currentZone)} time.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => onChange({ timeZone: currentZone })}
          >
            Use {describeTimeZone(currentZone)} time instead
          </button>
        </div>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-place`}>
          Where (optional)
        </label>
        <input
          id={`${id}-place`}
          type="text"
          dir="auto"
          value={fields.place}
          aria-invalid={problems.place ? true : undefined}
          aria-describedby={describedBy('place')}
          onChange={(event) => onChange({ place: event.target.value })}
        />
        {problem('place')}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-note`}>
          Note (optional)
        </label>
        <textarea
          id={`${id}-note`}
          dir="auto"
          rows={3}
          value={fields.note}
          aria-invalid={problems.note ? true : undefined}
          aria-describedby={describedBy('note')}
          onChange={(event) => onChange({ note: event.target.value })}
        />
        {problem('note')}
      </div>
      {logging && (
        <p className="field-hint" role="status">
          This time has already come: it will be kept as something you did, and Steady will ask how
          it went.
        </p>
      )}
      {failure && (
        <p className="form-problem" role="alert">
          {failure}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {logging ? 'Log this outing' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
