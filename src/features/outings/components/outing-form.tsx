import { useId } from 'react'
import { CheckboxField } from '@/components/form/choice-group'
import { EditFormActions } from '@/components/form/edit-form-actions'
import { Field, TextField } from '@/components/form/field'
import { FormProblem } from '@/components/form/form-problem'
import { useFieldProblems } from '@/components/form/use-field-problems'
import { useFormAction } from '@/components/form/use-form-action'
import { Segmented } from '@/components/segmented'
import { describeTimeZone } from '@/lib/time-zones'
import type { OutingKind } from '@/db/types'
import { OUTING_IDEAS } from '../logic/describe'
import type { OutingFormFields } from '../logic/form-fields'
import { inputOf } from '../logic/form-fields'
import { hasStarted } from '../logic/outing-time'
import { OutingValidationError, validateOuting, type OutingField } from '../logic/validate'

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
  const { problems, showProblems, attachForm } = useFieldProblems<OutingField>()
  const input = inputOf(fields)
  const logging = Object.keys(validateOuting(input)).length === 0 && hasStarted(input, now)
  const named = fields.withWhom.toLocaleLowerCase()
  const suggestions = people
    .filter((person) => !named.includes(person.toLocaleLowerCase()))
    .slice(0, 6)
  const {
    onSubmit: submit,
    pending,
    problem,
    attachProblem,
  } = useFormAction(
    async () => {
      if (showProblems(validateOuting(input))) return false
      try {
        await onSubmit()
      } catch (error) {
        // Checked again as it is written (a note grown too long in another tab): said by the field.
        if (error instanceof OutingValidationError) return !showProblems(error.problems)
        throw error
      }
    },
    { outcome: 'the outing was not saved' },
  )

  function pickIdea(kind: OutingKind) {
    const idea = OUTING_IDEAS.find((option) => option.kind === kind)
    // The idea names the outing unless the person already gave it a name of their own.
    const keepTitle = fields.title.trim() !== '' && !IDEA_TITLES.has(fields.title.trim())
    onChange({ kind, ...(idea && !keepTitle ? { title: idea.title } : {}) })
  }

  return (
    <form ref={attachForm} onSubmit={submit} noValidate>
      <Segmented
        legend="What kind of outing?"
        variant="chips"
        options={OUTING_IDEAS.map((idea) => ({ value: idea.kind, label: idea.label }))}
        value={fields.kind}
        onChange={pickIdea}
      />
      <Field label="Name" error={problems.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            dir="auto"
            value={fields.title}
            maxLength={400}
            onChange={(event) => onChange({ title: event.target.value })}
          />
        )}
      </Field>
      <TextField
        label="With whom (optional)"
        value={fields.withWhom}
        error={problems.withWhom}
        onChange={(withWhom) => onChange({ withWhom })}
      />
      {suggestions.length > 0 && (
        <div
          className="button-row field-suggestions"
          role="group"
          aria-label="People from earlier outings"
        >
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
      <Field label="Day" error={problems.day}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={fields.day}
            onChange={(event) => onChange({ day: event.target.value })}
          />
        )}
      </Field>
      <div className="field-pair">
        <Field label="Starts (optional)" error={problems.startTime} describedBy={`${id}-whole-day`}>
          {(control) => (
            <input
              {...control}
              type="time"
              value={fields.startTime}
              onChange={(event) => onChange({ startTime: event.target.value })}
            />
          )}
        </Field>
        <Field label="Ends (optional)" error={problems.endTime}>
          {(control) => (
            <input
              {...control}
              type="time"
              value={fields.endTime}
              onChange={(event) => onChange({ endTime: event.target.value })}
            />
          )}
        </Field>
      </div>
      <p id={`${id}-whole-day`} className="field-hint">
        Without a start time, it’s for the whole day.
      </p>
      {fields.startTime !== '' && fields.endTime !== '' && (
        <CheckboxField
          label="Ends after midnight"
          checked={fields.endsNextDay}
          onChange={(endsNextDay) => onChange({ endsNextDay })}
        />
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
      <TextField
        label="Where (optional)"
        value={fields.place}
        error={problems.place}
        onChange={(place) => onChange({ place })}
      />
      <TextField
        label="Note (optional)"
        rows={3}
        value={fields.note}
        error={problems.note}
        onChange={(note) => onChange({ note })}
      />
      {logging && (
        <p className="field-hint" role="status">
          This time has already come: it will be kept as something you did, and Steady will ask how
          it went.
        </p>
      )}
      <FormProblem problem={problem} ref={attachProblem} />
      <EditFormActions
        saveLabel={logging ? 'Log this outing' : submitLabel}
        pending={pending}
        onCancel={onCancel}
      />
    </form>
  )
}
