import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import type { JournalEntry } from '@/db/types'
import { addEntry, deleteEntry, restoreEntry } from '@/features/journal/data/entries'
import { PAGE_SIZE } from '@/features/journal/data/journal-pages'
import { buildEntry, readDraftFields, seedEntries } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

test('an empty journal says what will appear there and offers a first check-in', async () => {
  await seedWelcomed()
  renderApp('/journal')
  expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Write your first check-in' })).toHaveAttribute(
    'href',
    '/?check-in',
  )
})

test('entries are listed newest first, grouped by day', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 12, 0))
  await seedWelcomed()
  await seedEntries([
    buildEntry({ at: new Date(2026, 10, 24, 20, 0), text: 'Tuesday evening' }),
    buildEntry({ at: new Date(2026, 10, 26, 8, 0), text: 'This morning' }),
    buildEntry({ at: new Date(2026, 10, 26, 11, 0), text: 'Just now', kind: 'note', mood: null }),
    buildEntry({ at: new Date(2026, 10, 25, 23, 59), text: 'Late last night' }),
  ])
  renderApp('/journal')
  const headings = await screen.findAllByRole('heading', { level: 2 })
  expect(headings.map((h) => h.textContent)).toEqual(['Today', 'Yesterday', 'Tuesday 24 November'])
  const today = screen.getByRole('region', { name: 'Today' })
  expect(
    within(today)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual([expect.stringContaining('Just now'), expect.stringContaining('This morning')])
})

test('an entry opens in full, exactly as written', async () => {
  await seedWelcomed()
  const text = 'First line\n\n  indented second\n🌙 مساء الخير\n<b>not bold</b>'
  const entry = buildEntry({ text, mood: 5, prompt: 'What helped?' })
  await seedEntries([entry])
  const { user } = renderApp('/journal')
  await user.click(await screen.findByRole('link', { name: /First line/ }))
  await screen.findByRole('link', { name: 'Edit' })
  expect(await screen.findByText('Very good')).toBeInTheDocument()
  expect(screen.getByText('Very good').closest('p')).toHaveTextContent('Mood: Very good')
  const body = screen.getByText(/indented second/)
  expect(body.textContent).toBe(text)
  expect(body.querySelector('b')).toBeNull()
  expect(screen.getByText('What helped?')).toBeInTheDocument()
})

test('an entry can be edited; its day stays and it is marked as edited', async () => {
  await seedWelcomed()
  const entry = buildEntry({ text: 'Before', mood: 2 })
  await seedEntries([entry])
  const { user } = renderApp(`/journal/${entry.id}`)
  await user.click(await screen.findByRole('link', { name: 'Edit' }))
  const box = await screen.findByLabelText('Write as much or as little as you like')
  expect(box).toHaveValue('Before')
  await user.clear(box)
  await user.type(box, 'After{Enter}with a second line')
  await user.click(screen.getByRole('radio', { name: 'Good' }))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  await waitFor(() =>
    expect(screen.getByText(/· Edited/)).toHaveTextContent('Mood: Good · Check-in · Edited'),
  )
  const saved = await db.entries.get(entry.id)
  expect(saved).toMatchObject({
    text: 'After\nwith a second line',
    mood: 4,
    day: entry.day,
    createdAt: entry.createdAt,
  })
  expect(saved?.updatedAt).not.toBe(entry.updatedAt)
  expect(await db.drafts.count()).toBe(0)
})

test('emptying an entry completely is refused, with the reason', async () => {
  await seedWelcomed()
  const entry = buildEntry({ text: 'Keep me', mood: null })
  await seedEntries([entry])
  const { user } = renderApp(`/journal/${entry.id}/edit`)
  await user.clear(await screen.findByLabelText('Write as much or as little as you like'))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Pick how you feel, or write a few words, then save.',
  )
  expect((await db.entries.get(entry.id))?.text).toBe('Keep me')
})

test('unsaved edits survive leaving and coming back; Cancel throws them away', async () => {
  await seedWelcomed()
  const entry = buildEntry({ text: 'Original' })
  await seedEntries([entry])
  const first = renderApp(`/journal/${entry.id}/edit`)
  await first.user.type(
    await screen.findByLabelText('Write as much or as little as you like'),
    ' plus more',
  )
  await waitFor(async () =>
    expect((await readDraftFields(`entry:${entry.id}`))?.text).toBe('Original plus more'),
  )
  first.unmount()

  const second = renderApp(`/journal/${entry.id}/edit`)
  expect(await screen.findByDisplayValue('Original plus more')).toBeInTheDocument()
  await second.user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument()
  await waitFor(async () => expect(await db.drafts.count()).toBe(0))
  expect((await db.entries.get(entry.id))?.text).toBe('Original')
})

test('a deleted entry can be brought back with Undo', async () => {
  await seedWelcomed()
  const entry = buildEntry({ text: 'Regret this one' })
  await seedEntries([entry])
  const { user } = renderApp(`/journal/${entry.id}`)
  await user.click(await screen.findByRole('button', { name: 'Delete' }))

  expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument()
  expect(screen.getByText('Entry deleted.')).toBeInTheDocument()
  expect(await db.entries.count()).toBe(0)

  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(await screen.findByRole('link', { name: /Regret this one/ })).toBeInTheDocument()
  expect(await db.entries.get(entry.id)).toEqual(entry)
})

test('after deleting an entry, Back leads to where the person was, not to the missing entry', async () => {
  await seedWelcomed()
  const entry = buildEntry({ text: 'Regret this one' })
  await seedEntries([entry])
  const { user, router } = renderApp('/')
  await user.click(await screen.findByRole('link', { name: 'Journal' }))
  await user.click(await screen.findByRole('link', { name: /Regret this one/ }))
  await user.click(await screen.findByRole('button', { name: 'Delete' }))
  expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument()

  // Today → Journal → the entry, deleted: Back leads to the journal as it was before the entry.
  await act(() => router.navigate(-1))
  expect(router.state.location.pathname).toBe('/journal')
  expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'This entry isn’t here' })).not.toBeInTheDocument()
})

test('an entry that no longer exists says so, with a way back', async () => {
  await seedWelcomed()
  renderApp('/journal/not-there')
  expect(await screen.findByRole('heading', { name: 'This entry isn’t here' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to the journal' })).toHaveAttribute(
    'href',
    '/journal',
  )
})

/** `perDay` entries on each of `days` days ending on 25 November 2026, texted "d<day>e<n>". */
function daysOfEntries(days: number, perDay: (day: number) => number) {
  return Array.from({ length: days }, (_, d) =>
    Array.from({ length: perDay(d) }, (_, n) =>
      buildEntry({ at: new Date(2026, 10, 25 - d, 8, n), text: `d${d}e${n}` }),
    ),
  ).flat()
}

function shownEntries() {
  return screen.queryAllByRole('link', { name: /d\d+e\d+$/ })
}

test('years of entries load a page at a time, to the end', async () => {
  await seedWelcomed()
  const start = new Date(2024, 0, 1, 20, 0)
  await seedEntries(
    Array.from({ length: PAGE_SIZE + 15 }, (_, i) =>
      buildEntry({ at: new Date(start.getTime() + i * 86_400_000), text: `Day ${i}` }),
    ),
  )
  const { user } = renderApp('/journal')
  await screen.findByRole('link', { name: new RegExp(`Day ${PAGE_SIZE + 14}$`) })
  expect(screen.getAllByRole('listitem')).toHaveLength(PAGE_SIZE + 5 /* bottom bar */)
  expect(screen.queryByRole('link', { name: /Day 14$/ })).toBeNull()

  await user.click(screen.getByRole('button', { name: 'Show older entries' }))
  expect(await screen.findByRole('link', { name: /Day 0$/ })).toBeInTheDocument()
  expect(screen.getAllByRole('listitem')).toHaveLength(PAGE_SIZE + 15 + 5)
  // The end: nothing older, so no button.
  expect(screen.queryByRole('button', { name: 'Show older entries' })).not.toBeInTheDocument()
}, 60_000)

test('a page never splits a day: the day it reaches comes whole, and the next page starts after it', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 12, 0))
  await seedWelcomed()
  // Seven a day for twelve days: the 60th newest entry is the fourth of the ninth day.
  await seedEntries(daysOfEntries(12, () => 7))
  const { user } = renderApp('/journal')
  await screen.findByRole('link', { name: /d0e6$/ })
  expect(shownEntries()).toHaveLength(63)
  const ninth = screen.getByRole('region', { name: 'Tuesday 17 November' })
  expect(within(ninth).getAllByRole('link')).toHaveLength(7)
  expect(screen.queryByRole('region', { name: 'Monday 16 November' })).toBeNull()

  await user.click(screen.getByRole('button', { name: 'Show older entries' }))
  await screen.findByRole('region', { name: 'Monday 16 November' })
  expect(shownEntries()).toHaveLength(84)
  // Each day once, in order.
  const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
  expect(new Set(headings).size).toBe(12)
  expect(headings.at(-1)).toBe('Saturday 14 November')
}, 60_000)

test('a day with more entries than a page shows whole, then the older days', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 12, 0))
  await seedWelcomed()
  await seedEntries(daysOfEntries(4, (d) => (d === 1 ? PAGE_SIZE * 2 + 3 : 2)))
  const { user } = renderApp('/journal')
  await screen.findByRole('link', { name: /d0e1$/ })
  const busy = screen.getByRole('region', { name: 'Tuesday 24 November' })
  expect(within(busy).getAllByRole('link')).toHaveLength(PAGE_SIZE * 2 + 3)
  expect(screen.queryByRole('region', { name: 'Monday 23 November' })).toBeNull()

  await user.click(screen.getByRole('button', { name: 'Show older entries' }))
  await screen.findByRole('region', { name: 'Sunday 22 November' })
  expect(shownEntries()).toHaveLength(PAGE_SIZE * 2 + 3 + 6)
  expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull()
}, 60_000)

test('with older pages shown, an entry written or deleted shows at once where it belongs', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 12, 0))
  await seedWelcomed()
  await seedEntries(daysOfEntries(40, () => 2))
  const { user } = renderApp('/journal')
  await screen.findByRole('link', { name: /d0e1$/ })
  await user.click(screen.getByRole('button', { name: 'Show older entries' }))
  await screen.findByRole('link', { name: /d39e0$/ })
  expect(shownEntries()).toHaveLength(80)

  await addEntry({ mood: 4, text: 'Written just now' }, { now: new Date(2026, 10, 26, 12, 0) })
  const today = await screen.findByRole('region', { name: 'Today' })
  expect(within(today).getByRole('link', { name: /Written just now/ })).toBeInTheDocument()

  const old = (await db.entries.where('day').equals('2026-10-17').first()) as JournalEntry
  await deleteEntry(old.id)
  await waitFor(() => expect(shownEntries()).toHaveLength(79))
  expect(screen.queryByRole('link', { name: new RegExp(`${old.text}$`) })).toBeNull()
  await restoreEntry(old)
  expect(await screen.findByRole('link', { name: new RegExp(`${old.text}$`) })).toBeInTheDocument()
}, 60_000)

test('a very long entry is shortened in the list but whole when opened', async () => {
  await seedWelcomed()
  const entry = buildEntry({ text: `${'word '.repeat(20_000)}END` })
  await seedEntries([entry])
  const { user } = renderApp('/journal')
  const link = await screen.findByRole('link', { name: /word word/ })
  expect(link.textContent?.length).toBeLessThan(400)
  await user.click(link)
  expect(await screen.findByText(/END$/)).toBeInTheDocument()
})
