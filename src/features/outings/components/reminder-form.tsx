import { useId, useState } from 'react'
import type { CheckInReminderSettings, WeekdayCode } from '@/db/types'
import { currentTimeZone, describeTimeZone } from '@/lib/time-zones'
import { saveCheckInReminder } from '../data/outings'
import { reminderCalendar, WEEKDAY_CODES } from '../logic/calendar'
import { CalendarActions } from './calendar-actions'

const DAY_NAMES: Record<WeekdayCode, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
}

/**
 * A daily check-in reminder as a repeating calendar event: the person's calendar reminds reliably,
 * where web notifications often don't. Says plainly what it cannot do.
 */
export function ReminderForm({ saved }: { saved: CheckInReminderSettings | null }) {
  const id = useId()
  const [time, setTime] = useState(saved?.time ?? '20:00')
  const [weekdays, setWeekdays] = useState<WeekdayCode[]>(saved?.weekdays ?? [...WEEKDAY_CODES])
  const zone = currentTimeZone()
  const ready = /^\d{2}:\d{2}$/.test(time) && weekdays.length > 0

  function toggle(day: WeekdayCode, on: boolean) {
    setWeekdays((current) =>
      on
        ? WEEKDAY_CODES.filter((code) => code === day || current.includes(code))
        : current.filter((code) => code !== day),
    )
  }

  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-time`}>
          Time of the reminder
        </label>
        <input
          id={`${id}-time`}
          type="time"
          value={time}
          onChange={(event) => setTime(event.target.value)}
        />
        <p className="field-hint">{describeTimeZone(zone)} time, this phone’s time zone.</p>
      </div>
      <fieldset className="choice-group">
        <legend>On which days?</legend>
        {WEEKDAY_CODES.map((code) => (
          <label key={code} className="choice">
            <input
              type="checkbox"
              checked={weekdays.includes(code)}
              onChange={(event) => toggle(code, event.target.checked)}
            />
            <span>{DAY_NAMES[code]}</span>
          </label>
        ))}
      </fieldset>
      {!ready && (
        <p className="form-problem" role="alert">
          {weekdays.length === 0 ? 'Choose at least one day.' : 'Choose a time for the reminder.'}
        </p>
      )}
      <div className="card card--soft">
        <p>
          Your calendar can’t see Steady, so it will remind you even on days you have already
          checked in. Just let those pass.
        </p>
        <p>
          To stop it, open the event “Check in with Steady” in your calendar and delete it, choosing
          “all events”. Adding it again from here changes the one you have instead of adding a
          second.
        </p>
      </div>
      {ready && (
        <CalendarActions
          addLabel="Add the reminder to my calendar"
          fileName="steady-check-in-reminder.ics"
          makeText={async () =>
            reminderCalendar(
              await saveCheckInReminder({ time, weekdays, timeZone: zone }),
              new Date(),
            )
          }
        />
      )}
    </>
  )
}
