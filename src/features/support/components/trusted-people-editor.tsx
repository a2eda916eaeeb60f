import { useId, useState, type FormEvent } from 'react'
import { showToast } from '@/components/toast-store'
import type { TrustedPerson } from '@/db/types'
import { describeStorageError } from '@/lib/errors'
import {
  addTrustedPerson,
  deleteTrustedPerson,
  restoreTrustedPerson,
  updateTrustedPerson,
} from '../data/trusted-people'
import {
  checkTrustedPerson,
  MAX_TRUSTED_PEOPLE,
  SupportInputError,
  type TrustedPersonProblems,
} from '../logic/trusted-person'

/** Up to three people, each with a name and a number; change or remove any, with Undo. */
export function TrustedPeopleEditor({ people }: { people: TrustedPerson[] }) {
  const [editing, setEditing] = useState<string | null>(null)
  const full = people.length >= MAX_TRUSTED_PEOPLE

  async function remove(person: TrustedPerson) {
    const removed = await deleteTrustedPerson(person.id)
    if (!removed) return
    showToast({
      message: `${removed.name} removed.`,
      actionLabel: 'Undo',
      onAction: () => restoreTrustedPerson(removed),
    })
  }

  return (
    <>
      {people.length > 0 && (
        <ul className="log-list">
          {people.map((person) =>
            editing === person.id ? (
              <li key={person.id} className="card">
                <PersonForm
                  initial={person}
                  submitLabel="Save changes"
                  onSubmit={async (input) => {
                    await updateTrustedPerson(person.id, input)
                    setEditing(null)
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={person.id} className="card trusted-person">
                <p className="trusted-person__name">
                  <bdi>{person.name}</bdi>
                </p>
                <p className="trusted-person__phone" dir="ltr">
                  {person.phone}
                </p>
                <div className="button-row">
                  <button type="button" className="button" onClick={() => setEditing(person.id)}>
                    Change <span className="visually-hidden">{person.name}</span>
                  </button>
                  <button type="button" className="button" onClick={() => void remove(person)}>
                    Remove <span className="visually-hidden">{person.name}</span>
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {full ? (
        <p className="field-hint">
          Three people is the most Steady keeps here, so choosing is quick in a hard moment.
        </p>
      ) : (
        <section className="card" aria-labelledby="add-person-heading">
          <h2 id="add-person-heading">
            {people.length === 0 ? 'Add someone you trust' : 'Add another person'}
          </h2>
          <PersonForm
            submitLabel="Add"
            onSubmit={async (input) => {
              await addTrustedPerson(input)
            }}
          />
        </section>
      )}
    </>
  )
}

interface PersonFormProps {
  initial?: TrustedPerson
  submitLabel: string
  onSubmit: (input: { name: string; phone: string }) => Promise<void>
  onCancel?: () => void
}

function PersonForm({ initial, submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const id = useId()
  const [name, setName] = useState(initial?.name ?? '')
  const [phone, setPhone] = useState(initial?.phone ?? '')
  const [problems, setProblems] = useState<TrustedPersonProblems>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    const checked = checkTrustedPerson({ name, phone })
    if (!checked.ok) {
      setProblems(checked.problems)
      // The first field to fix takes focus, and its message is read with it.
      const field = document.getElementById(checked.problems.name ? `${id}-name` : `${id}-phone`)
      requestAnimationFrame(() => field?.focus())
      return
    }
    setProblems({})
    setSaving(true)
    try {
      await onSubmit({ name, phone })
      if (!initial) {
        setName('')
        setPhone('')
      }
    } catch (error) {
      if (error instanceof SupportInputError) {
        setProblems(error.problems)
        setProblem(error.message)
      } else setProblem(describeStorageError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
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
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? `${id}-name-problem` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {problems.name && (
          <p className="form-problem" id={`${id}-name-problem`}>
            {problems.name}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-phone`}>
          Phone number
        </label>
        <input
          id={`${id}-phone`}
          type="tel"
          inputMode="tel"
          dir="ltr"
          autoComplete="off"
          value={phone}
          aria-invalid={problems.phone ? true : undefined}
          aria-describedby={problems.phone ? `${id}-phone-problem` : `${id}-phone-hint`}
          onChange={(event) => setPhone(event.target.value)}
        />
        {problems.phone ? (
          <p className="form-problem" id={`${id}-phone-problem`}>
            {problems.phone}
          </p>
        ) : (
          <p className="field-hint" id={`${id}-phone-hint`}>
            With the country code (+44…) if they are abroad.
          </p>
        )}
      </div>
      {problem && !problems.name && !problems.phone && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
