import { useId, useState, type FormEvent } from 'react'
import type { ContactChannel, ContactInitiator, ContactLog, NoContactPlan } from '@/db/types'
import { fromDateAndTime, toCalendarDay, toTimeInput } from '@/lib/dates'
import { describeError } from '@/lib/errors'
import { capitalise, type ExWords } from '@/lib/pronouns'
import type { ContactInput } from '../data/contacts'
import { CHANNEL_LABELS } from '../logic/describe'
import { restartsCount } from '../logic/streaks'

interface ContactFormProps {
  ex: ExWords
  plan: NoContactPlan | null
  initial?: ContactLog
  submitLabel: string
  onSubmit: (input: ContactInput) => Promise<void>
  onCancel: () => void
}

/** When, who reached out, how, and a note. Says before saving whether it will restart the count. */
export function ContactForm({
  ex,
  plan,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: ContactFormProps) {
  const id = useId()
  const start = initial ? new Date(initial.at) : new Date()
  const [day, setDay] = useState(toCalendarDay(start))
  const [time, setTime] = useState(toTimeInput(start))
  // Nothing chosen in advance: who reached out is the person's to say, never presumed.
  const [initiator, setInitiator] = useState<ContactInitiator | null>(initial?.initiator ?? null)
  const [replied, setReplied] = useState(initial?.replied ?? false)
  const [channel, setChannel] = useState<ContactChannel>(initial?.channel ?? 'text')
  const [withinAgreement, setWithinAgreement] = useState(initial?.withinAgreement ?? false)
  const [note, setNote] = useState(initial?.note ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const limited = plan?.mode === 'limited'
  const restarts =
    plan && initiator ? restartsCount({ initiator, replied, withinAgreement }, plan.mode) : false

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    if (!initiator) {
      setProblem('Choose who reached out, or that you ran into each other.')
      return
    }
    setSaving(true)
    try {
      await onSubmit({
        at: fromDateAndTime(day, time),
        initiator,
        replied,
        channel,
        withinAgreement,
        note,
      })
    } catch (error) {
      setProblem(describeError(error))
      setSaving(false)
    }
  }

  const initiators: { value: ContactInitiator; label: string }[] = [
    { value: 'me', label: 'I did' },
    { value: 'ex', label: `${capitalise(ex.name)} did` },
    { value: 'mutual', label: 'We both did' },
    { value: 'encounter', label: 'We ran into each other' },
  ]

  return (
    <form onSubmit={submit} noValidate>
      <div className="field-pair">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-day`}>
            Day
          </label>
          <input
            id={`${id}-day`}
            type="date"
            max={toCalendarDay(new Date())}
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-time`}>
            Time
          </label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
        </div>
      </div>
      <fieldset className="choice-group">
        <legend>Who reached out?</legend>
        {initiators.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={`${id}-who`}
              checked={initiator === option.value}
              onChange={() => {
                setInitiator(option.value)
                setReplied(false)
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      {(initiator === 'ex' || initiator === 'encounter') && (
        <fieldset className="choice-group">
          <legend>{initiator === 'ex' ? 'Did you reply?' : 'Did you stop and talk?'}</legend>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-replied`}
              checked={!replied}
              onChange={() => setReplied(false)}
            />
            <span>{initiator === 'ex' ? 'No, I didn’t reply' : 'No, I kept my distance'}</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-replied`}
              checked={replied}
              onChange={() => setReplied(true)}
            />
            <span>{initiator === 'ex' ? 'Yes, I replied' : 'Yes, we talked'}</span>
          </label>
        </fieldset>
      )}
      <fieldset className="choice-group">
        <legend>How?</legend>
        {(Object.keys(CHANNEL_LABELS) as ContactChannel[]).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-channel`}
              checked={channel === value}
              onChange={() => setChannel(value)}
            />
            <span>{CHANNEL_LABELS[value]}</span>
          </label>
        ))}
      </fieldset>
      {limited && (
        <label className="choice">
          <input
            type="checkbox"
            checked={withinAgreement}
            onChange={(event) => setWithinAgreement(event.target.checked)}
          />
          <span>
            It was only about what we agreed
            {plan.agreedTopics.trim() ? ` (${plan.agreedTopics.trim()})` : ''}
          </span>
        </label>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-note`}>
          Note (optional)
        </label>
        <textarea
          id={`${id}-note`}
          dir="auto"
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {plan && initiator && (
        <p className="field-hint" role="status">
          {restarts
            ? 'This restarts your count. That’s all right: a restart, not a failure, and your history stays.'
            : 'This does not restart your count.'}
        </p>
      )}
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
