import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { addEntry, deleteEntry, updateEntry } from '@/features/journal/data/entries'
import { buildEntry, seedEntries } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

async function seedWords() {
  await seedWelcomed()
  await seedEntries([
    buildEntry({ at: new Date(2026, 10, 20, 9), mood: 4, text: 'A long walk in the park.' }),
    buildEntry({ at: new Date(2026, 10, 21, 9), mood: 2, text: 'Un café au parc, seule ☕️' }),
    buildEntry({ at: new Date(2026, 10, 22, 9), mood: 2, text: '我想你。今天去公园散步了' }),
    buildEntry({
      at: new Date(2026, 10, 23, 9),
      mood: 3,
      kind: 'letter',
      text: 'I wrote <script>alert(1)</script> and .*( just to see',
    }),
  ])
}

function results() {
  return within(screen.getByRole('region', { name: 'Search results' }))
}

test('results follow as the person types, with the match marked as text', async () => {
  await seedWords()
  const { user, router } = renderApp('/journal')
  await screen.findByRole('link', { name: /long walk/ })
  await user.type(screen.getByRole('searchbox', { name: 'Search your journal' }), 'WALK')
  expect(await screen.findByText('1 entry mentions “WALK”')).toBeInTheDocument()
  const link = results().getByRole('link')
  expect(link).toHaveTextContent('A long walk in the park.')
  expect(link.querySelector('mark')).toHaveTextContent(/^walk$/)
  expect(router.state.location.search).toBe('?q=WALK')

  // Back leaves the search in one step, not one letter at a time.
  await act(() => router.navigate(-1))
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull())
  expect(screen.getByRole('searchbox')).toHaveValue('')
})

test('accents, case, other scripts and emoji all find their entry', async () => {
  await seedWords()
  const { user } = renderApp('/journal?q=cafe')
  expect(await screen.findByText('1 entry mentions “cafe”')).toBeInTheDocument()
  expect(results().getByRole('link').querySelector('mark')).toHaveTextContent('café')

  const box = screen.getByRole('searchbox')
  await user.clear(box)
  await user.type(box, '公园')
  expect(await screen.findByText('1 entry mentions “公园”')).toBeInTheDocument()
  await user.clear(box)
  await user.type(box, '☕')
  expect(await screen.findByText('1 entry mentions “☕”')).toBeInTheDocument()
  await user.clear(box)
  await user.type(box, 'par')
  expect(await screen.findByText('2 entries mention “par”')).toBeInTheDocument()
})

test('HTML and regex characters are searched as plain text and shown as text', async () => {
  await seedWords()
  renderApp('/journal?q=%3Cscript%3Ealert(1)')
  expect(await screen.findByText('1 entry mentions “<script>alert(1)”')).toBeInTheDocument()
  const link = results().getByRole('link')
  expect(link.querySelector('script')).toBeNull()
  expect(link.querySelector('mark')).toHaveTextContent('<script>alert(1)')
})

test('a search with nothing found, only spaces, or far too long is answered kindly', async () => {
  await seedWords()
  const { user } = renderApp('/journal?q=.*(%2B%5B')
  expect(await screen.findByText('Nothing in your journal mentions “.*(+[”.')).toBeInTheDocument()

  const box = screen.getByRole('searchbox')
  await user.clear(box)
  await user.type(box, '   ')
  expect(await screen.findByText('Type a word or two to search.')).toBeInTheDocument()
  expect(await screen.findByRole('link', { name: /long walk/ })).toBeInTheDocument()

  await user.clear(box)
  await user.click(box)
  await user.paste(`walk ${'x'.repeat(400)}`)
  expect(await screen.findByText(/That is a long search/)).toBeInTheDocument()
  expect(await screen.findByText(/^Nothing in your journal mentions/)).toBeInTheDocument()
})

test('search works through the filters', async () => {
  await seedWords()
  renderApp('/journal?q=p&mood=2')
  expect(await screen.findByText('1 entry mentions “p”')).toBeInTheDocument()
  expect(results().getByRole('link')).toHaveTextContent('café')
})

test('the results stay true as entries are written, changed and deleted', async () => {
  await seedWords()
  renderApp('/journal?q=sea')
  expect(await screen.findByText('Nothing in your journal mentions “sea”.')).toBeInTheDocument()
  const added = await addEntry({ mood: 4, text: 'By the sea at last' })
  expect(await screen.findByText('1 entry mentions “sea”')).toBeInTheDocument()
  await updateEntry(added.id, { mood: 4, text: 'By the lake' })
  expect(await screen.findByText('Nothing in your journal mentions “sea”.')).toBeInTheDocument()
  await updateEntry(added.id, { mood: 4, text: 'Sea, sea, sea' })
  expect(await screen.findByText('1 entry mentions “sea”')).toBeInTheDocument()
  await deleteEntry(added.id)
  expect(await screen.findByText('Nothing in your journal mentions “sea”.')).toBeInTheDocument()
})
