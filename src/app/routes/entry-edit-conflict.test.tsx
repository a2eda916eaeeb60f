import { act, screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import {
  deleteEntry,
  editDraftId,
  restoreEntry,
  updateEntry,
} from '@/features/journal/data/entries'
import {
  buildDraftOf,
  buildEntry,
  readDraftFields,
  seedEntries,
} from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

// Another tab is played by writing to the same database, as another tab's code would.

const TEXT_LABEL = 'Write as much or as little as you like'
const T0 = '2026-11-20T20:30:00.000Z'
const T1 = '2026-11-26T01:00:00.000Z'

async function editOpen(text = 'Original') {
  await seedWelcomed()
  const entry = buildEntry({ text, mood: 3 })
  await seedEntries([entry])
  const app = renderApp(`/journal/${entry.id}/edit`)
  await screen.findByLabelText(TEXT_LABEL)
  return { ...app, entry }
}

test('an edit that started from an older version never overwrites the newer one: both are shown', async () => {
  const { user, entry } = await editOpen('Original')
  await user.type(screen.getByLabelText(TEXT_LABEL), ' + mine')
  await waitFor(async () =>
    expect(await db.drafts.get(editDraftId(entry.id))).toMatchObject({ baseUpdatedAt: T0 }),
  )
  // The other tab saves its own edit while this one's words are still a draft.
  await db.entries.update(entry.id, { text: 'Original + theirs', updatedAt: T1 })

  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(
    await screen.findByRole('heading', { name: 'This entry changed in another window' }),
  ).toHaveFocus()
  expect(screen.getByText('Original + theirs')).toBeInTheDocument()
  expect(screen.getByText('Original + mine')).toBeInTheDocument()
  // Nothing was written over: the other tab's text is still the entry.
  expect((await db.entries.get(entry.id))?.text).toBe('Original + theirs')
  expect((await readDraftFields(editDraftId(entry.id)))?.text).toBe('Original + mine')

  await user.click(screen.getByRole('button', { name: 'Keep mine' }))
  expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument()
  expect((await db.entries.get(entry.id))?.text).toBe('Original + mine')
  expect(await db.drafts.count()).toBe(0)
})

test('keep both saves mine as a second entry, next to theirs', async () => {
  const { user, entry } = await editOpen('Original')
  await user.type(screen.getByLabelText(TEXT_LABEL), ' + mine')
  await waitFor(async () => expect(await db.drafts.count()).toBe(1))
  await db.entries.update(entry.id, { text: 'Original + theirs', updatedAt: T1 })
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await user.click(await screen.findByRole('button', { name: 'Keep both as two entries' }))

  await waitFor(async () => expect(await db.entries.count()).toBe(2))
  const texts = (await db.entries.toArray()).map((row) => row.text).sort()
  expect(texts).toEqual(['Original + mine', 'Original + theirs'])
  expect(await db.drafts.count()).toBe(0)
})

test('keep theirs shows the saved entry and forgets this edit', async () => {
  const { user, entry } = await editOpen('Original')
  await user.type(screen.getByLabelText(TEXT_LABEL), ' + mine')
  await waitFor(async () => expect(await db.drafts.count()).toBe(1))
  await db.entries.update(entry.id, { text: 'Original + theirs', updatedAt: T1 })
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await user.click(await screen.findByRole('button', { name: 'Keep theirs' }))
  // The entry itself, no longer the choice between the two.
  expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument()
  expect(screen.getByText('Original + theirs')).toBeInTheDocument()
  await waitFor(async () => expect(await db.drafts.count()).toBe(0))
  expect(await db.entries.count()).toBe(1)
})

test('a draft restored after the entry moved on still checks against where it began', async () => {
  await seedWelcomed()
  const entry = buildEntry({ text: 'Saved later elsewhere', updatedAt: T1 })
  await seedEntries([entry])
  // Typed before a reload, when the entry was still the version of T0.
  await db.drafts.put(
    buildDraftOf(
      editDraftId(entry.id),
      'entry',
      { mood: 3, text: 'Words from before the reload', prompt: '' },
      { baseUpdatedAt: T0 },
    ),
  )
  const { user } = renderApp(`/journal/${entry.id}/edit`)
  expect(await screen.findByDisplayValue('Words from before the reload')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(
    await screen.findByRole('heading', { name: 'This entry changed in another window' }),
  ).toBeInTheDocument()
  expect((await db.entries.get(entry.id))?.text).toBe('Saved later elsewhere')
})

test('when the entry is saved in another tab, this editor shows the saved text, not the old one', async () => {
  const { entry } = await editOpen('Original')
  // The other tab's typing arrives through the shared draft…
  await act(() =>
    db.drafts.put(
      buildDraftOf(
        editDraftId(entry.id),
        'entry',
        { mood: 3, text: 'Original + a paragraph', prompt: '' },
        { baseUpdatedAt: entry.updatedAt },
      ),
    ),
  )
  expect(await screen.findByDisplayValue('Original + a paragraph')).toBeInTheDocument()
  // …then it saves, removing the draft in the same transaction.
  await act(() =>
    updateEntry(
      entry.id,
      { mood: 3, text: 'Original + a paragraph' },
      { draftId: editDraftId(entry.id), baseUpdatedAt: entry.updatedAt },
    ),
  )
  await waitFor(() =>
    expect(screen.getByLabelText(TEXT_LABEL)).toHaveValue('Original + a paragraph'),
  )
})

test('an entry deleted in another tab while being edited keeps the unsaved words', async () => {
  const { user, entry } = await editOpen('Original')
  await user.type(screen.getByLabelText(TEXT_LABEL), ' + unsaved words')
  await waitFor(async () => expect(await db.drafts.count()).toBe(1))

  const removed = await act(() => deleteEntry(entry.id))
  expect(await screen.findByRole('heading', { name: 'This entry was deleted' })).toBeInTheDocument()
  expect(screen.getByText('Original + unsaved words')).toBeInTheDocument()

  // Undo in the other tab brings the entry back, and the editor with the words.
  await act(() => restoreEntry(removed!))
  expect(await screen.findByDisplayValue('Original + unsaved words')).toBeInTheDocument()

  await act(() => deleteEntry(entry.id))
  await user.click(await screen.findByRole('button', { name: 'Save as a new entry' }))
  await waitFor(async () => expect(await db.entries.count()).toBe(1))
  expect((await db.entries.toArray())[0]?.text).toBe('Original + unsaved words')
  expect(await db.drafts.count()).toBe(0)
  expect(await screen.findByText('Original + unsaved words')).toBeInTheDocument()
})
