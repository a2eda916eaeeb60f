import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { PAGE_SIZE } from '@/features/journal/data/journal-pages'
import { isSealed } from '@/lib/sealed-value'
import { buildEntry, seedEntries } from '../../../tests/setup/factories'
import { seedLock, unlockWith } from '../../../tests/setup/lock'
import { readStoredRows } from '../../../tests/setup/stored'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

function entryLinks() {
  // "#n" ends the entry's words; tags, when there are any, follow it in the link's name.
  return screen.queryAllByRole('link', { name: /#\d+(?!\d)/ })
}

async function seedMixed() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 12, 0))
  await seedWelcomed()
  await seedEntries([
    buildEntry({ at: new Date(2026, 10, 25, 9), mood: 2, text: 'Low check-in #1' }),
    buildEntry({ at: new Date(2026, 10, 25, 21), mood: 4, kind: 'note', text: 'Good note #2' }),
    buildEntry({ at: new Date(2026, 9, 3, 9), mood: 2, kind: 'note', text: 'October low #3' }),
    buildEntry({ at: new Date(2026, 0, 31, 9), mood: 5, text: 'January #4' }),
  ])
}

test('a mood chip shows only that mood, in the address; Back shows everything again', async () => {
  await seedMixed()
  const { user, router } = renderApp('/journal')
  await screen.findByRole('link', { name: /January #4$/ })
  expect(entryLinks()).toHaveLength(4)

  await user.click(screen.getByText('Filter'))
  const mood = screen.getByRole('group', { name: 'Mood' })
  await user.click(within(mood).getByRole('radio', { name: 'Low' }))
  await waitFor(() => expect(entryLinks()).toHaveLength(2))
  expect(router.state.location.search).toBe('?mood=2')
  expect(screen.getByText('Filter · 1 on')).toBeInTheDocument()

  await act(() => router.navigate(-1))
  await waitFor(() => expect(entryLinks()).toHaveLength(4))
  expect(within(mood).getByRole('radio', { name: 'Any' })).toBeChecked()
})

test('kind and dates narrow together; a kind with nothing in it says so and offers everything', async () => {
  await seedMixed()
  const { user, router } = renderApp('/journal?kind=entry&from=2026-10-01&to=2026-10-31')
  await screen.findByRole('link', { name: /October low #3$/ })
  expect(entryLinks()).toHaveLength(1)
  expect(screen.getByRole('radio', { name: 'Entries' })).toBeChecked()
  expect(screen.getByLabelText('From')).toHaveValue('2026-10-01')

  fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-30' } })
  await screen.findByRole('link', { name: /Good note #2$/ })
  expect(entryLinks()).toHaveLength(2)

  await user.click(screen.getByRole('radio', { name: 'Unsent letters' }))
  expect(await screen.findByRole('heading', { name: 'No unsent letters here' })).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Show everything' }))
  await waitFor(() => expect(entryLinks()).toHaveLength(4))
  expect(router.state.location.search).toBe('')
})

test('dates the wrong way round are swapped, and the person is told', async () => {
  await seedMixed()
  renderApp('/journal?from=2026-11-30&to=2026-10-01')
  await screen.findByRole('link', { name: /October low #3$/ })
  expect(entryLinks()).toHaveLength(3)
  expect(screen.getByText(/The dates were the wrong way round/)).toBeInTheDocument()
})

test('odd values in the address are ignored, not refused', async () => {
  await seedMixed()
  renderApp('/journal?mood=<script>&kind=everything&from=2026-02-30')
  await screen.findByRole('link', { name: /January #4$/ })
  expect(entryLinks()).toHaveLength(4)
  expect(screen.getByText('Filter')).toBeInTheDocument()
})

test('a filtered journal pages too, by whole days', async () => {
  await seedWelcomed()
  const start = new Date(2024, 0, 1, 9)
  await seedEntries(
    Array.from({ length: PAGE_SIZE * 2 + 4 }, (_, i) =>
      buildEntry({
        at: new Date(start.getTime() + i * 86_400_000),
        mood: i % 2 === 0 ? 2 : 4,
        text: `Day #${i}`,
      }),
    ),
  )
  const { user } = renderApp('/journal?mood=2')
  await screen.findByRole('link', { name: new RegExp(`#${PAGE_SIZE * 2 + 2}$`) })
  expect(entryLinks()).toHaveLength(PAGE_SIZE)
  await user.click(screen.getByRole('button', { name: 'Show older entries' }))
  await screen.findByRole('link', { name: /#0$/ })
  expect(entryLinks()).toHaveLength(PAGE_SIZE + 2)
  expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull()
}, 60_000)

test('a tag chip shows the entries with that tag, in any case, with the other filters', async () => {
  await seedWelcomed()
  await seedEntries([
    buildEntry({ at: new Date(2025, 0, 1, 9), tags: ['Work'], text: 'Tagged #1' }),
    buildEntry({ at: new Date(2025, 0, 2, 9), tags: ['work', 'sleep'], text: 'Tagged #2' }),
    buildEntry({ at: new Date(2026, 10, 1, 9), text: 'Untagged #3' }),
    buildEntry({ at: new Date(2026, 10, 2, 9), tags: ['sleep'], mood: 1, text: 'Sleep only #4' }),
  ])
  const { user, router } = renderApp('/journal')
  await screen.findByRole('link', { name: /#4(?!\d)/ })
  // The tags are counted only once the filters are opened, not on every visit to the journal.
  for (let round = 0; round < 5; round += 1) await act(() => db.entries.count())
  expect(screen.queryByRole('group', { name: 'Tag', hidden: true })).toBeNull()
  await user.click(screen.getByText('Filter'))
  const tags = await screen.findByRole('group', { name: 'Tag' })
  await user.click(within(tags).getByRole('radio', { name: 'Work' }))
  await waitFor(() => expect(screen.queryByRole('link', { name: /#3(?!\d)/ })).toBeNull())
  await waitFor(() => expect(entryLinks()).toHaveLength(2))
  expect(router.state.location.search).toBe('?tag=Work')

  await user.click(within(tags).getByRole('radio', { name: 'sleep' }))
  await user.click(screen.getByRole('radio', { name: 'Very low' }))
  await waitFor(() => expect(entryLinks()).toHaveLength(1))
  expect(screen.getByRole('link', { name: /#4(?!\d)/ })).toBeInTheDocument()
  expect(router.state.location.search).toBe('?tag=sleep&mood=1')
})

test('under the lock the tags are sealed, and after unlocking the tag chips still find their entries', async () => {
  await seedWelcomed()
  await seedEntries([
    buildEntry({ at: new Date(2025, 0, 1, 9), tags: ['Work'], text: 'Tagged #1' }),
    buildEntry({ at: new Date(2025, 0, 2, 9), tags: ['work', 'sleep'], text: 'Tagged #2' }),
    buildEntry({ at: new Date(2026, 10, 1, 9), text: 'Untagged #3' }),
  ])
  await seedLock('2468')
  const stored = await readStoredRows('entries')
  expect(stored.every((row) => row.tags === undefined || isSealed(row.tags))).toBe(true)
  expect(JSON.stringify(stored)).not.toMatch(/work|sleep/i)

  const { user, router } = renderApp('/journal')
  await unlockWith(user, '2468')
  await screen.findByRole('link', { name: /#3(?!\d)/ })
  await user.click(screen.getByText('Filter'))
  const tags = await screen.findByRole('group', { name: 'Tag' })
  // Most used first, under the spelling used most: the counts come through the blind index.
  const names = within(tags)
    .getAllByRole('radio')
    .map((chip) => (chip as HTMLInputElement).labels?.[0]?.textContent)
  expect(names).toEqual(['Any', 'Work', 'sleep'])
  await user.click(within(tags).getByRole('radio', { name: 'sleep' }))
  await waitFor(() => expect(entryLinks()).toHaveLength(1))
  expect(screen.getByRole('link', { name: /#2(?!\d)/ })).toBeInTheDocument()
  expect(router.state.location.search).toBe('?tag=sleep')
})
