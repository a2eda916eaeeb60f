import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type FormEvent } from 'react'
import { expect, test, vi } from 'vitest'
import { UserError } from '@/lib/errors'
import { ChoiceGroup, CheckboxField } from './choice-group'
import { DateTimeFields, type DayAndTime } from './date-time-fields'
import { DraftWarning } from './draft-warning'
import { DeletedWhileEditing, EditConflict } from './edit-conflict'
import { EditFormActions } from './edit-form-actions'
import { TextField } from './field'
import { FormActions } from './form-actions'
import { FormProblem } from './form-problem'
import { useFieldProblems } from './use-field-problems'
import { useFormAction } from './use-form-action'

type Save = (values: { note: string; channel: string | null; when: DayAndTime }) => Promise<void>

/** A small form built only from the kit, the way a feature's form is. */
function KitForm({ save, onCancel = () => {} }: { save: Save; onCancel?: () => void }) {
  const [note, setNote] = useState('')
  const [channel, setChannel] = useState<string | null>(null)
  const [urgent, setUrgent] = useState(false)
  const [when, setWhen] = useState<DayAndTime>({ day: '2026-11-26', time: '02:10' })
  const { onSubmit, pending, problem, attachProblem } = useFormAction(
    () => save({ note, channel, when }),
    {
      outcome: 'the note was not saved',
    },
  )
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Kit">
      <TextField
        label="Note"
        hint="Optional. A few words."
        error={note.length > 5 ? 'Keep it to five characters.' : null}
        value={note}
        rows={3}
        onChange={setNote}
      />
      <ChoiceGroup
        legend="How?"
        hint="Pick one."
        choices={[
          { value: 'text', label: 'A text message' },
          { value: 'call', label: 'A call', hint: 'Voice or video' },
        ]}
        value={channel}
        onChange={setChannel}
      />
      <CheckboxField label="It was urgent" checked={urgent} onChange={setUrgent} />
      <DateTimeFields legend="When" value={when} onChange={setWhen} maxDay="2026-11-26" />
      <FormProblem problem={problem} ref={attachProblem} />
      <FormActions
        submitLabel="Save"
        pendingLabel="Saving…"
        pending={pending}
        secondaryLabel="Cancel"
        onSecondary={onCancel}
      />
    </form>
  )
}

test('a field is named by its label, and its hint and error are read with it', async () => {
  const user = userEvent.setup()
  render(<KitForm save={async () => {}} />)
  const note = screen.getByRole('textbox', { name: 'Note' })
  expect(note).toHaveAccessibleDescription('Optional. A few words.')
  expect(note).not.toBeInvalid()
  await user.type(note, 'Too long')
  expect(note).toBeInvalid()
  expect(note).toHaveAccessibleDescription('Optional. A few words. Keep it to five characters.')
})

test('a choice group is one named group of radios; the date and time are named too', async () => {
  const user = userEvent.setup()
  render(<KitForm save={async () => {}} />)
  const group = screen.getByRole('group', { name: 'How?' })
  expect(group).toHaveAccessibleDescription('Pick one.')
  await user.click(screen.getByRole('radio', { name: /A call/ }))
  expect(screen.getByRole('radio', { name: /A call/ })).toBeChecked()
  expect(screen.getByRole('radio', { name: 'A text message' })).not.toBeChecked()
  await user.click(screen.getByRole('checkbox', { name: 'It was urgent' }))
  expect(screen.getByRole('checkbox', { name: 'It was urgent' })).toBeChecked()
  const when = screen.getByRole('group', { name: 'When' })
  expect(screen.getByLabelText('Day')).toHaveValue('2026-11-26')
  expect(screen.getByLabelText('Day')).toHaveAttribute('max', '2026-11-26')
  expect(screen.getByLabelText('Time')).toHaveValue('02:10')
  expect(when).toContainElement(screen.getByLabelText('Time'))
})

test('a person’s own problem is shown as written, announced and focused; nothing else is lost', async () => {
  const user = userEvent.setup()
  render(
    <KitForm
      save={async () => {
        throw new UserError('Choose a real date and time.')
      }}
    />,
  )
  await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Hi')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Choose a real date and time.')
  await waitFor(() => expect(alert).toHaveFocus())
  expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Hi')
})

test('a storage failure is explained in plain words, never as a technical message', async () => {
  const user = userEvent.setup()
  render(
    <KitForm
      save={async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }}
    />,
  )
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /out of space for Steady, so the note was not saved\./,
  )
})

test('while saving, the primary action says so and a second submit does nothing', async () => {
  const user = userEvent.setup()
  let finish: () => void = () => {}
  const save = vi.fn<Save>(() => new Promise<void>((resolve) => (finish = resolve)))
  render(<KitForm save={save} />)
  await user.click(screen.getByRole('button', { name: 'Save' }))
  const busy = screen.getByRole('button', { name: 'Saving…' })
  expect(busy).toBeDisabled()
  await user.click(busy)
  expect(save).toHaveBeenCalledTimes(1)
  finish()
  expect(await screen.findByRole('button', { name: 'Save' })).toBeEnabled()
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('the secondary action is a plain button that never submits', async () => {
  const user = userEvent.setup()
  const save = vi.fn<Save>(async () => {})
  const cancel = vi.fn()
  render(<KitForm save={save} onCancel={cancel} />)
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(cancel).toHaveBeenCalledOnce()
  expect(save).not.toHaveBeenCalled()
})

test('a draft that cannot be written says so at once and offers the words to copy', async () => {
  const user = userEvent.setup()
  const writeText = vi.fn(async () => {})
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  const { rerender } = render(
    <DraftWarning failure={new DOMException('full', 'QuotaExceededError')} text="2 a.m. words" />,
  )
  expect(screen.getByRole('alert')).toHaveTextContent(
    /Not saved on this phone yet — copy your text\. This phone is out of space/,
  )
  await user.click(screen.getByRole('button', { name: 'Copy my text' }))
  expect(writeText).toHaveBeenCalledWith('2 a.m. words')
  expect(await screen.findByText(/Copied\./)).toBeInTheDocument()
  rerender(<DraftWarning failure={null} text="2 a.m. words" />)
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('an edit form’s actions: Save submits; Cancel and Delete never do', async () => {
  const user = userEvent.setup()
  const save = vi.fn((event: FormEvent) => event.preventDefault())
  const cancel = vi.fn()
  const remove = vi.fn()
  const { rerender } = render(
    <form onSubmit={save} aria-label="Edit">
      <EditFormActions onCancel={cancel} onDelete={remove} />
    </form>,
  )
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  await user.click(screen.getByRole('button', { name: 'Delete' }))
  expect(save).not.toHaveBeenCalled()
  expect(cancel).toHaveBeenCalledOnce()
  expect(remove).toHaveBeenCalledOnce()
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(save).toHaveBeenCalledOnce()

  // While saving, nothing can be deleted under it; without onDelete there is no Delete at all.
  rerender(
    <form onSubmit={save} aria-label="Edit">
      <EditFormActions pending onCancel={cancel} onDelete={remove} />
    </form>,
  )
  expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled()
  expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled()
  rerender(
    <form onSubmit={save} aria-label="Edit">
      <EditFormActions saveLabel="Add" onCancel={cancel} />
    </form>,
  )
  expect(screen.getByRole('button', { name: 'Add' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument()
})

test('an edit conflict shows both versions, takes focus, and keeps every choice open after a failure', async () => {
  const user = userEvent.setup()
  let finish: () => void = () => {}
  const keepMine = vi.fn(
    () =>
      new Promise<void>((_, reject) => {
        finish = () => reject(new DOMException('full', 'QuotaExceededError'))
      }),
  )
  const keepTheirs = vi.fn(async () => {})
  render(
    <EditConflict
      title="This note changed in another window"
      theirs="Their words"
      mine=""
      onKeepMine={keepMine}
      onKeepTheirs={keepTheirs}
    >
      Saved there at 02:10.
    </EditConflict>,
  )
  const heading = screen.getByRole('heading', { name: 'This note changed in another window' })
  await waitFor(() => expect(heading).toHaveFocus())
  expect(screen.getByText('Their words')).toBeInTheDocument()
  expect(screen.getByText('(no words)')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: /both/ })).not.toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Keep mine' }))
  // One choice at a time: the others wait while it runs.
  expect(screen.getByRole('button', { name: 'Keep theirs' })).toBeDisabled()
  finish()
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(/out of space for Steady/)
  await waitFor(() => expect(alert).toHaveFocus())
  expect(screen.getByRole('button', { name: 'Keep theirs' })).toBeEnabled()
  await user.click(screen.getByRole('button', { name: 'Keep theirs' }))
  expect(keepTheirs).toHaveBeenCalledOnce()
})

test('words whose record was deleted are shown, and saved or let go only on purpose', async () => {
  const user = userEvent.setup()
  const save = vi.fn(async () => {})
  const letGo = vi.fn(async () => {})
  render(
    <DeletedWhileEditing
      title="This entry was deleted"
      words="Words at 2 a.m."
      saveLabel="Save as a new entry"
      onSave={save}
      onLetGo={letGo}
    >
      It may have been deleted in another window.
    </DeletedWhileEditing>,
  )
  expect(screen.getByRole('heading', { level: 1, name: 'This entry was deleted' })).toBeVisible()
  expect(screen.getByText('Words at 2 a.m.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Let these words go' }))
  expect(letGo).toHaveBeenCalledOnce()
  expect(save).not.toHaveBeenCalled()
  await user.click(screen.getByRole('button', { name: 'Save as a new entry' }))
  expect(save).toHaveBeenCalledOnce()
})

function TwoFields() {
  const [name, setName] = useState('')
  const { problems, showProblems, attachForm } = useFieldProblems<'name' | 'phone'>()
  return (
    <form
      ref={attachForm}
      aria-label="Two"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        showProblems({
          ...(name ? {} : { name: 'Add a name.' }),
          phone: 'Use digits only.',
        })
      }}
    >
      <TextField label="Name" value={name} error={problems.name} onChange={setName} />
      <TextField label="Phone" value="x" error={problems.phone} onChange={() => {}} />
      <button type="submit">Add</button>
    </form>
  )
}

test('field problems are said on their fields, and the first one to fix takes focus', async () => {
  const user = userEvent.setup()
  render(<TwoFields />)
  await user.click(screen.getByRole('button', { name: 'Add' }))
  expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
  expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Add a name.')
  expect(screen.getByRole('textbox', { name: 'Phone' })).toBeInvalid()

  await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Maya')
  await user.click(screen.getByRole('button', { name: 'Add' }))
  expect(screen.getByRole('textbox', { name: 'Name' })).not.toBeInvalid()
  expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveFocus()
})
