import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { TAG_PROBLEMS } from '@/features/journal/logic/tags'
import { buildEntry, seedEntries } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const TEXT_LABEL = 'Write as much or as little as you like'

async function openEditor(tags?: string[]) {
  await seedWelcomed()
  const earlier = buildEntry({ text: 'Earlier', tags: ['Work', 'sleep', 'sleep-2'] })
  const entry = buildEntry({ text: 'Today', ...(tags ? { tags } : {}) })
  await seedEntries([earlier, entry])
  const app = renderApp(`/journal/${entry.id}/edit`)
  await screen.findByLabelText(TEXT_LABEL)
  return { ...app, entry, tagBox: await screen.findByLabelText('Tags') }
}

function chips() {
  const list = screen.queryByRole('list', { name: 'Tags on this entry' })
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    : []
}

test('tags are added by Enter, by comma and by the Add button, removed by name, and saved', async () => {
  const { user, entry, tagBox } = await openEditor()
  await user.type(tagBox, 'walks{Enter}')
  await user.type(tagBox, 'family, friends,')
  await user.type(tagBox, 'شاطئ')
  await user.click(screen.getByRole('button', { name: 'Add tag' }))
  expect(chips()).toEqual(['walks×', 'family×', 'friends×', 'شاطئ×'])
  expect(tagBox).toHaveValue('')
  // Enter added a tag: it did not save the entry.
  expect(screen.getByRole('heading', { name: 'Edit entry' })).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Remove tag family' }))
  expect(chips()).toEqual(['walks×', 'friends×', 'شاطئ×'])
  expect(tagBox).toHaveFocus()

  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await screen.findByRole('heading', { name: /,/ })
  expect((await db.entries.get(entry.id))?.tags).toEqual(['walks', 'friends', 'شاطئ'])
  // Shown on the entry, as text.
  expect(screen.getByText('شاطئ')).toBeInTheDocument()
})

test('earlier tags are offered, and typing one in another case keeps the earlier spelling', async () => {
  const { user, entry, tagBox } = await openEditor()
  const suggestions = await screen.findByRole('group', { name: 'Tags you used before' })
  expect(within(suggestions).getByRole('button', { name: 'Add tag Work' })).toBeInTheDocument()
  await user.type(tagBox, 'sl')
  expect(within(suggestions).queryByRole('button', { name: 'Add tag Work' })).toBeNull()
  await user.click(within(suggestions).getByRole('button', { name: 'Add tag sleep' }))
  await user.type(tagBox, 'WORK{Enter}')
  expect(chips()).toEqual(['sleep×', 'Work×'])
  // A tag already on the entry is not offered again, nor added twice.
  expect(screen.queryByRole('button', { name: 'Add tag sleep' })).toBeNull()
  await user.type(tagBox, 'Sleep{Enter}')
  expect(chips()).toEqual(['sleep×', 'Work×'])
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await waitFor(async () =>
    expect((await db.entries.get(entry.id))?.tags).toEqual(['sleep', 'Work']),
  )
})

test('an empty, a 500-character and a thirteenth tag each get a kind word, and nothing is lost', async () => {
  const twelve = Array.from({ length: 12 }, (_, i) => `t${i}`)
  const { user, entry, tagBox } = await openEditor()
  await user.type(tagBox, '   {Enter}')
  expect(screen.getByRole('alert')).toHaveTextContent(TAG_PROBLEMS.empty)

  const long = 'x'.repeat(500)
  await user.click(tagBox)
  await user.paste(long)
  await user.keyboard('{Enter}')
  expect(screen.getByRole('alert')).toHaveTextContent(TAG_PROBLEMS.long)
  // The words stay in the box to shorten, and the box says it has a problem.
  expect(tagBox).toHaveValue(long)
  expect(tagBox).toHaveAttribute('aria-invalid', 'true')
  await user.clear(tagBox)

  await user.click(tagBox)
  await user.paste(`${twelve.join(', ')},`)
  expect(chips()).toHaveLength(12)
  await user.type(tagBox, 'one more{Enter}')
  expect(screen.getByRole('alert')).toHaveTextContent(TAG_PROBLEMS.many)
  expect(chips()).toHaveLength(12)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await waitFor(async () => expect((await db.entries.get(entry.id))?.tags).toEqual(twelve))
})

test('emoji, right-to-left and HTML tags are kept and shown as text', async () => {
  const { user, entry, tagBox } = await openEditor()
  await user.type(tagBox, '🌱 growth{Enter}שינה{Enter}')
  await user.click(tagBox)
  await user.paste('<img src=x onerror=alert(1)>')
  await user.keyboard('{Enter}')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await screen.findByRole('heading', { name: /,/ })
  expect((await db.entries.get(entry.id))?.tags).toEqual([
    '🌱 growth',
    'שינה',
    '<img src=x onerror=alert(1)>',
  ])
  expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
  expect(document.querySelector('img[src="x"]')).toBeNull()
})

test('removing every tag leaves the entry with none', async () => {
  const { user, entry } = await openEditor(['only'])
  await user.click(screen.getByRole('button', { name: 'Remove tag only' }))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await waitFor(async () => expect(await db.entries.get(entry.id)).not.toHaveProperty('tags'))
})

test('tags show in the journal’s rows', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry({ text: 'A good day', tags: ['walks', '🌱'] })])
  renderApp('/journal')
  const row = await screen.findByRole('link', { name: /A good day/ })
  expect(row).toHaveTextContent(/walks/)
  expect(row).toHaveTextContent(/🌱/)
})

test('a check-in can carry tags, folded away until asked for; the draft keeps them', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry({ text: 'Earlier', tags: ['Work'], at: new Date(2026, 0, 1) })])
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('radio', { name: 'Okay' }))
  await user.click(screen.getByRole('button', { name: 'Add tags' }))
  expect(await screen.findByLabelText('Tags')).toHaveFocus()
  await user.click(await screen.findByRole('button', { name: 'Add tag Work' }))
  await waitFor(async () =>
    expect((await db.drafts.get('new-entry'))?.fields).toMatchObject({ tags: ['Work'] }),
  )
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  await screen.findByRole('heading', { name: 'You checked in today' })
  const saved = await db.entries.filter((row) => row.kind === 'check-in').first()
  expect(saved).toMatchObject({ kind: 'check-in', tags: ['Work'] })
})
