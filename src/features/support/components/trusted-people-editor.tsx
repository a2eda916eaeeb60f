import { useState } from 'react'
import { DraftWarning } from '@/components/form/draft-warning'
import { DeletedWhileEditing, RecordEditConflict } from '@/components/form/edit-conflict'
import { Field, TextField } from '@/components/form/field'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFieldProblems } from '@/components/form/use-field-problems'
import { useFormAction } from '@/components/form/use-form-action'
import { showToast } from '@/components/toast-store'
import { discardDraft, type EditOutcome } from '@/db/drafts'
import type { TrustedPerson } from '@/db/types'
import { useDraft, useStoredDraft } from '@/hooks/use-draft'
import { wordsOf, type FieldWords } from '@/lib/field-words'
import {
  addTrustedPerson,
  deleteTrustedPerson,
  restoreTrustedPerson,
  trustedPersonDraftId,
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
  // Removed (perhaps in another tab) while being changed here: the unsaved changes are offered.
  const removedWhileEditing =
    editing !== null && !people.some((person) => person.id === editing) ? editing : null

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
      {(people.length > 0 || removedWhileEditing) && (
        <ul className="log-list">
          {people.map((person) =>
            editing === person.id ? (
              <li key={person.id} className="card">
                <PersonForm
                  initial={person}
                  submitLabel="Save changes"
                  onSubmit={async (input, draftId, baseUpdatedAt) => {
                    const outcome = await updateTrustedPerson(person.id, input, new Date(), {
                      draftId,
                      baseUpdatedAt,
                    })
                    if (outcome.status === 'deleted') {
                      throw new SupportInputError(
                        'This person was removed, perhaps in another tab.',
                      )
                    }
                    if (outcome.status === 'saved') setEditing(null)
                    // Changed elsewhere: the form shows both versions.
                    return outcome
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
          {removedWhileEditing && (
            <RemovedWhileEditing
              key={removedWhileEditing}
              id={removedWhileEditing}
              onDone={() => setEditing(null)}
            />
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
            onSubmit={async (input, draftId) => {
              await addTrustedPerson(input, new Date(), { draftId })
            }}
          />
        </section>
      )}
    </>
  )
}

/** Unsaved changes to someone who was removed meanwhile: shown, to add again or let go. */
function RemovedWhileEditing({ id, onDone }: { id: string; onDone: () => void }) {
  const draft = useStoredDraft(trustedPersonDraftId(id), 'trusted-person')
  if (!draft) return null
  return (
    <li className="card">
      <DeletedWhileEditing
        headingLevel={2}
        title={`${draft.fields.name || 'This person'} was removed`}
        words={wordsOf(personWords(draft.fields))}
        saveLabel="Add them again"
        onSave={async () => {
          await addTrustedPerson(draft.fields, new Date(), { draftId: draft.id })
          onDone()
        }}
        onLetGo={async () => {
          await discardDraft(draft.id)
          onDone()
        }}
      >
        They may have been removed in another window while you were changing their details here.
        Your changes are still here: add them again with these, or let them go.
      </DeletedWhileEditing>
    </li>
  )
}

interface PersonFormProps {
  initial?: TrustedPerson
  submitLabel: string
  /**
   * Saves the person; must end the draft `draftId` in the same transaction. A change saves only if
   * the person is still the version `baseUpdatedAt`; if they were changed in another tab
   * meanwhile, the form shows both versions and the person chooses.
   */
  onSubmit: (
    input: PersonFields,
    draftId: string,
    baseUpdatedAt: string | null,
  ) => Promise<EditOutcome<TrustedPerson> | void>
  onCancel?: () => void
}

type PersonFields = { name: string; phone: string }

const NOBODY: PersonFields = { name: '', phone: '' }

function personWords({ name, phone }: PersonFields): FieldWords[] {
  return [
    { label: 'Name', words: name },
    { label: 'Phone number', words: phone },
  ]
}

/** A name and a number, kept as a draft while typed (`trusted-person:new` or `:<id>`). */
function PersonForm({ initial, submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const draft = useDraft(
    trustedPersonDraftId(initial?.id ?? null),
    'trusted-person',
    initial ? { name: initial.name, phone: initial.phone } : NOBODY,
    { baseUpdatedAt: initial?.updatedAt ?? null },
  )
  const { name, phone } = draft.value
  const { problems, showProblems, attachForm } = useFieldProblems<keyof TrustedPersonProblems>()
  const [conflict, setConflict] = useState<{ mine: PersonFields; theirs: TrustedPerson } | null>(
    null,
  )

  async function save(mine: PersonFields, base = draft.baseUpdatedAt) {
    const outcome = await draft.save((draftId) => onSubmit(mine, draftId, base))
    if (outcome?.status === 'changed-elsewhere') setConflict({ mine, theirs: outcome.current })
  }
  const {
    onSubmit: submit,
    pending,
    problem,
    attachProblem,
  } = useFormAction(async () => {
    const checked = checkTrustedPerson({ name, phone })
    if (showProblems(checked.ok ? {} : checked.problems)) return false
    try {
      await save({ name, phone })
    } catch (error) {
      if (error instanceof SupportInputError) showProblems(error.problems)
      throw error
    }
  })

  if (conflict) {
    return (
      <RecordEditConflict
        noun="person"
        title={`${conflict.theirs.name} was changed in another window`}
        savedAt={conflict.theirs.updatedAt}
        mine={personWords(conflict.mine)}
        theirs={personWords(conflict.theirs)}
        onKeepMine={() => save(conflict.mine, conflict.theirs.updatedAt)}
        onKeepTheirs={async () => {
          await draft.discard()
          onCancel?.()
        }}
      />
    )
  }

  return (
    <form ref={attachForm} onSubmit={submit} noValidate aria-busy={!draft.ready}>
      <DraftWarning failure={draft.failure} text={`${name}\n${phone}`} />
      <TextField
        label="Name"
        autoComplete="off"
        value={name}
        error={problems.name}
        onChange={(value) => draft.update({ name: value })}
      />
      <Field
        label="Phone number"
        hint={problems.phone ? undefined : 'With the country code (+44…) if they are abroad.'}
        error={problems.phone}
      >
        {(control) => (
          <input
            {...control}
            type="tel"
            inputMode="tel"
            dir="ltr"
            autoComplete="off"
            value={phone}
            onChange={(event) => draft.update({ phone: event.target.value })}
          />
        )}
      </Field>
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions
        submitLabel={submitLabel}
        pending={pending}
        {...(onCancel && {
          secondaryLabel: 'Cancel',
          onSecondary: () => {
            void draft.discard()
            onCancel()
          },
        })}
      />
    </form>
  )
}
