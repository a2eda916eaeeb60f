import { useId, useState } from 'react'
import { ChoiceGroup } from '@/components/form/choice-group'
import { Field, TextField } from '@/components/form/field'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import type { CalendarDay, Habit, HabitLog, HabitLogStatus } from '@/db/types'
import { addDaysToDay } from '@/lib/day-numbers'
import { setHabitDay } from '../data/habit-logs'

type Choice = HabitLogStatus | 'none'

const CHOICES = [
  { value: 'done', label: 'Done' },
  { value: 'skipped', label: 'Skipped on purpose', hint: 'It won’t count against you.' },
  { value: 'none', label: 'Not done' },
] as const

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
  const [saved, setSaved] = useState('')
  const { onSubmit, pending, problem, clearProblem, attachProblem } = useFormAction(
    async () => {
      setSaved('')
      await setHabitDay(habit.id, day, { status: choice === 'none' ? null : choice, note })
      setSaved('Saved.')
    },
    { outcome: 'that day was not saved' },
  )

  function pickDay(next: string) {
    setDay(next)
    const existing = logs.find((log) => log.day === next)
    setChoice(existing?.status ?? 'none')
    setNote(existing?.note ?? '')
    setSaved('')
    clearProblem()
  }

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Log a day</h2>
      <Field label="Day">
        {(control) => (
          <input
            {...control}
            type="date"
            min={habit.startDay}
            max={today}
            value={day}
            onChange={(event) => pickDay(event.target.value)}
          />
        )}
      </Field>
      <ChoiceGroup legend="That day" choices={CHOICES} value={choice} onChange={setChoice} />
      <TextField label="Note (optional)" rows={2} value={note} onChange={setNote} />
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions submitLabel="Save this day" pendingLabel="Saving…" pending={pending}>
        <span className="form-status" role="status">
          {saved}
        </span>
      </FormActions>
    </form>
  )
}
