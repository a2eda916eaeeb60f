import './habits.css'
import { useId, useState, type FormEvent } from 'react'
import type { HabitColour, HabitTarget, Weekday } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'
import { getWeekStart } from '@/lib/week-start'
import type { HabitInput } from '../data/habits'
import { explainProblem } from '../logic/explain-problem'
import { COLOURS, ICONS } from '../logic/presets'
import { weekdayName, weekdaysInOrder } from '../logic/targets'

const weekStartsOn = getWeekStart()

type TargetKind = HabitTarget['kind']

/** The form behind a new habit and an edit: name, look, how often, and from which day. */
export function HabitForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: HabitInput
  submitLabel: string
  onSubmit: (input: HabitInput) => Promise<void>
  onCancel: () => void
}) {
  const id = useId()
  const today = toCalendarDay(new Date())
  const [name, setName] = useState(initial.name)
  const [icon, setIcon] = useState(initial.icon)
  const [colour, setColour] = useState<HabitColour>(initial.colour)
  const [kind, setKind] = useState<TargetKind>(initial.target.kind)
  const [times, setTimes] = useState(
    initial.target.kind === 'weekly' ? String(initial.target.times) : '3',
  )
  const [days, setDays] = useState<Weekday[]>(
    initial.target.kind === 'weekdays' ? initial.target.days : [1, 3, 5],
  )
  const [startDay, setStartDay] = useState(initial.startDay)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  function target(): HabitTarget {
    if (kind === 'weekly') return { kind, times: times.trim() === '' ? Number.NaN : Number(times) }
    if (kind === 'weekdays') return { kind, days }
    return { kind: 'daily' }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setProblem(null)
    try {
      await onSubmit({ name, icon, colour, target: target(), startDay, from: initial.from })
    } catch (error) {
      setProblem(explainProblem(error))
      setSaving(false)
    }
  }

  return (
    <form className="card habit-form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input
          id={`${id}-name`}
          type="text"
          dir="auto"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>

      <fieldset className="habit-form__icons">
        <legend>Icon</legend>
        <div className="habit-form__icon-options">
          {ICONS.map((option) => (
            <label key={option} className="habit-form__icon">
              <input
                type="radio"
                name={`${id}-icon`}
                checked={icon === option}
                onChange={() => setIcon(option)}
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
                onChange={() => setColour(option.value)}
              />
              <span className="habit-swatch" aria-hidden="true" />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>How often</legend>
        {(
          [
            ['daily', 'Every day'],
            ['weekly', 'Some times a week, any days'],
            ['weekdays', 'On days I choose'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>

      {kind === 'weekly' && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-times`}>
            Times a week (1 to 7)
          </label>
          <input
            id={`${id}-times`}
            type="number"
            inputMode="numeric"
            min={1}
            max={7}
            step={1}
            value={times}
            onChange={(event) => setTimes(event.target.value)}
          />
          <p className="field-hint">Rest days in between don’t break anything.</p>
        </div>
      )}
      {kind === 'weekdays' && (
        <fieldset>
          <legend>Which days</legend>
          <div className="habit-form__days">
            {weekdaysInOrder(weekStartsOn).map((day) => (
              <label key={day} className="choice">
                <input
                  type="checkbox"
                  checked={days.includes(day)}
                  onChange={(event) =>
                    setDays((chosen) =>
                      event.target.checked
                        ? [...chosen, day]
                        : chosen.filter((other) => other !== day),
                    )
                  }
                />
                <span>{weekdayName(day)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <div className="field">
        <label className="field-label" htmlFor={`${id}-start`}>
          Counting from
        </label>
        <input
          id={`${id}-start`}
          type="date"
          max={today}
          value={startDay}
          onChange={(event) => setStartDay(event.target.value)}
        />
        <p className="field-hint">An earlier day lets you log days you already did it.</p>
      </div>

      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
