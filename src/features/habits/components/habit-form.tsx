import './habits.css'
import { useId, useState } from 'react'
import { CheckboxField, ChoiceGroup } from '@/components/form/choice-group'
import { DraftWarning } from '@/components/form/draft-warning'
import { RecordEditConflict } from '@/components/form/edit-conflict'
import { Field, TextField } from '@/components/form/field'
import { EditFormActions } from '@/components/form/edit-form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import type { EditOutcome } from '@/db/drafts'
import type { DraftFieldsByKind, Habit, HabitTarget } from '@/db/types'
import { useDraft } from '@/hooks/use-draft'
import { describeDay, toCalendarDay } from '@/lib/dates'
import type { FieldWords } from '@/lib/field-words'
import { getWeekStart } from '@/lib/week-start'
import type { HabitInput } from '../data/habits'
import { COLOURS, ICONS } from '../logic/presets'
import { describeTarget, weekdayName, weekdaysInOrder } from '../logic/targets'

const weekStartsOn = getWeekStart()

type HabitFields = DraftFieldsByKind['habit']

/** The form's fields for a habit, as the inputs hold them. */
export function habitFieldsOf(habit: HabitInput): HabitFields {
  const { target } = habit
  return {
    name: habit.name,
    icon: habit.icon,
    colour: habit.colour,
    targetKind: target.kind,
    times: target.kind === 'weekly' ? String(target.times) : '3',
    days: target.kind === 'weekdays' ? target.days : [1, 3, 5],
    startDay: habit.startDay,
  }
}

/** What a save needs, from the form's fields (and where the habit came from, if anywhere). */
export function habitInputOf(fields: HabitFields, from?: string): HabitInput {
  const { name, icon, colour, startDay } = fields
  return { name, icon, colour, target: targetOf(fields), startDay, from }
}

/** A habit's fields in words, field by field: for showing two versions of one side by side. */
export function habitWords(fields: HabitFields): FieldWords[] {
  const target = targetOf(fields)
  return [
    { label: 'Name', words: fields.name },
    { label: 'Icon', words: fields.icon },
    {
      label: 'Colour',
      words: COLOURS.find((colour) => colour.value === fields.colour)?.label ?? '',
    },
    {
      label: 'How often',
      words:
        target.kind === 'weekly' && Number.isNaN(target.times)
          ? ''
          : describeTarget(target, weekStartsOn),
    },
    { label: 'From', words: fields.startDay ? describeDay(fields.startDay) : '' },
  ]
}

function targetOf(fields: HabitFields): HabitTarget {
  const { targetKind: kind, times, days } = fields
  if (kind === 'weekly') return { kind, times: times.trim() === '' ? Number.NaN : Number(times) }
  if (kind === 'weekdays') return { kind, days }
  return { kind: 'daily' }
}

/**
 * The form behind a new habit and an edit: name, look, how often, and from which day. What is
 * typed is kept as the draft `draftId` until it is saved.
 */
export function HabitForm({
  initial,
  draftId,
  baseUpdatedAt = null,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: HabitInput
  draftId: string
  baseUpdatedAt?: string | null
  submitLabel: string
  /**
   * Saves the habit; must end the draft `draftId` in the same transaction. An edit saves only if
   * the habit is still the version `baseUpdatedAt`; if it changed in another tab meanwhile, the
   * form shows both versions and the person chooses.
   */
  onSubmit: (
    input: HabitInput,
    draftId: string,
    baseUpdatedAt: string | null,
  ) => Promise<EditOutcome<Habit> | void>
  onCancel: () => void
}) {
  const id = useId()
  const today = toCalendarDay(new Date())
  const draft = useDraft(draftId, 'habit', habitFieldsOf(initial), { baseUpdatedAt })
  const fields = draft.value
  const { name, icon, colour, targetKind: kind, days } = fields
  const [conflict, setConflict] = useState<{ mine: HabitFields; theirs: Habit } | null>(null)

  async function save(mine: HabitFields, base = draft.baseUpdatedAt) {
    const outcome = await draft.save((key) => onSubmit(habitInputOf(mine, initial.from), key, base))
    if (outcome?.status === 'changed-elsewhere') setConflict({ mine, theirs: outcome.current })
  }
  const { onSubmit: submit, pending, problem, attachProblem } = useFormAction(() => save(fields))

  if (conflict) {
    return (
      <RecordEditConflict
        noun="habit"
        savedAt={conflict.theirs.updatedAt}
        mine={habitWords(conflict.mine)}
        theirs={habitWords(habitFieldsOf(conflict.theirs))}
        onKeepMine={() => save(conflict.mine, conflict.theirs.updatedAt)}
        onKeepTheirs={async () => {
          await draft.discard()
          onCancel()
        }}
      />
    )
  }
  return (
    <form className="card habit-form" onSubmit={submit} noValidate aria-busy={!draft.ready}>
      <DraftWarning failure={draft.failure} text={name} />
      <TextField
        label="Name"
        autoComplete="off"
        value={name}
        onChange={(value) => draft.update({ name: value })}
      />

      <fieldset className="habit-form__icons">
        <legend>Icon</legend>
        <div className="habit-form__icon-options">
          {ICONS.map((option) => (
            <label key={option} className="habit-form__icon">
              <input
                type="radio"
                name={`${id}-icon`}
                checked={icon === option}
                onChange={() => draft.update({ icon: option })}
              />
              <span>{option}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="habit-form__colours">
        <legend>Colour</legend>
        <div className="habit-form__colour-options">
          {COLOURS.map((option) => (
            <label key={option.value} className={`choice habit-colour--${option.value}`}>
              <input
                type="radio"
                name={`${id}-colour`}
                checked={colour === option.value}
                onChange={() => draft.update({ colour: option.value })}
              />
              <span className="habit-swatch" aria-hidden="true" />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <ChoiceGroup
        legend="How often"
        choices={[
          { value: 'daily', label: 'Every day' },
          { value: 'weekly', label: 'Some times a week, any days' },
          { value: 'weekdays', label: 'On days I choose' },
        ]}
        value={kind}
        onChange={(value) => draft.update({ targetKind: value })}
      />

      {kind === 'weekly' && (
        <Field label="Times a week (1 to 7)" hint="Rest days in between don’t break anything.">
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={7}
              step={1}
              value={fields.times}
              onChange={(event) => draft.update({ times: event.target.value })}
            />
          )}
        </Field>
      )}
      {kind === 'weekdays' && (
        <fieldset>
          <legend>Which days</legend>
          <div className="habit-form__days">
            {weekdaysInOrder(weekStartsOn).map((day) => (
              <CheckboxField
                key={day}
                label={weekdayName(day)}
                checked={days.includes(day)}
                onChange={(checked) =>
                  draft.update({
                    days: checked ? [...days, day] : days.filter((other) => other !== day),
                  })
                }
              />
            ))}
          </div>
        </fieldset>
      )}

      <Field label="Counting from" hint="An earlier day lets you log days you already did it.">
        {(control) => (
          <input
            {...control}
            type="date"
            max={today}
            value={fields.startDay}
            onChange={(event) => draft.update({ startDay: event.target.value })}
          />
        )}
      </Field>

      <FormProblem problem={problem} ref={attachProblem} />
      <EditFormActions
        saveLabel={submitLabel}
        pending={pending}
        onCancel={() => {
          void draft.discard()
          onCancel()
        }}
      />
    </form>
  )
}
