import { useId, useState, type FormEvent } from 'react'
import type { CalendarDay, Habit, HabitLog, HabitLogStatus } from '@/db/types'
import { addDaysToDay } from '@/lib/day-numbers'
import { setHabitDay } from '../data/habit-logs'
import { explainProblem } from '../logic/explain-problem'

type Choice = HabitLogStatus | 'none'

/**
 * Logs any day from the habit's start to today: done, skipped or not done, with a note. Choosing a
 * day shows what is logged for it, so a past day can be corrected as well as filled in.
 */
export function LogDayForm({
  habit,
  logs,
  today,
}: {
  habit: Habit
  logs: readonly HabitLog[]
  today: CalendarDay
}) {
  const id = useId()
  const [day, setDay] = useState(() =>
    addDaysToDay(today, -1) >= habit.startDay ? addDaysToDay(today, -1) : today,
  )
  const logged = logs.find((log) => log.day === day)
  const [choice, setChoice] = useState<Choice>(logged?.status ?? 'none')
  const [note, setNote] = useState(logged?.note ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState('')

  function pickDay(next: string) {
    setDay(next)
    const existing = logs.find((log) => log.day === next)
    setChoice(existing?.status ?? 'none')
    setNote(existing?.note ?? '')
    setSaved('')
    setProblem(null)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    setSaved('')
    try {
      await setHabitDay(habit.id, day, { status: choice === 'none' ? null : choice, note })
      setSaved('Saved.')
    } catch (error) {
      setProblem(explainProblem(error))
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Log a day</h2>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-day`}>
          Day
        </label>
        <input
          id={`${id}-day`}
          type="date"
          min={habit.startDay}
          max={today}
          value={day}
          onChange={(event) => pickDay(event.target.value)}
        />
      </div>
      <fieldset>
        <legend>That day</legend>
        {(
          [
            ['done', 'Done'],
            ['skipped', 'Skipped on purpose (it won’t count against you)'],
            ['none', 'Not done'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-status`}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-note`}>
          Note (optional)
        </label>
        <textarea
          id={`${id}-note`}
          dir="auto"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Save this day
        </button>
        <span className="form-status" role="status">
          {saved}
        </span>
      </div>
    </form>
  )
}
