import { expect, test } from 'vitest'
import { buildEntry, seedEntries } from '../../../../tests/setup/factories'
import { NO_FILTER } from '../logic/entry-filter'
import { findFirstPage, findPageStart, PAGE_SIZE } from './journal-pages'

test('pages start on whole days, by key range, to the end', async () => {
  // Three a day: the 60th newest is the last of its day, the 61st starts the next page.
  const start = new Date(2025, 0, 1, 9)
  await seedEntries(
    Array.from({ length: PAGE_SIZE + 10 }, (_, i) =>
      buildEntry({ at: new Date(start.getTime() + Math.floor(i / 3) * 86_400_000 + i * 60_000) }),
    ),
  )
  const first = await findFirstPage()
  expect(first).toEqual({ from: '2025-01-04', before: null })
  const second = await findPageStart(NO_FILTER, first.from)
  expect(second).toEqual({ from: '', before: '2025-01-04' })
  expect(await findPageStart(NO_FILTER, '')).toBeNull()
})

test('a tag pages through its own entries, in any case, with the other filters', async () => {
  const start = new Date(2025, 0, 1, 9)
  await seedEntries([
    ...Array.from({ length: PAGE_SIZE + 2 }, (_, i) =>
      buildEntry({
        at: new Date(start.getTime() + i * 86_400_000),
        tags: i % 2 === 0 ? ['Work'] : ['work', 'sleep'],
        mood: i < 5 ? 1 : 3,
      }),
    ),
    buildEntry({ at: new Date(2026, 10, 1, 9) }),
  ])
  const work = { ...NO_FILTER, tag: 'WORK' }
  const first = await findFirstPage(work)
  expect(first).toEqual({ from: '2025-01-03', before: null })
  expect(await findPageStart(work, first.from)).toEqual({ from: '', before: '2025-01-03' })
  // Sleep and very low: days 1 and 3 only, one page.
  expect(await findFirstPage({ ...NO_FILTER, tag: 'sleep', mood: 1 })).toEqual({
    from: '',
    before: null,
  })
  expect(await findPageStart({ ...NO_FILTER, tag: 'nothing' }, null)).toBeNull()
})

test('a date filter bounds every page; days outside it are never read into one', async () => {
  await seedEntries(
    Array.from({ length: 10 }, (_, i) => buildEntry({ at: new Date(2026, 0, 1 + i, 9) })),
  )
  const january = { ...NO_FILTER, from: '2026-01-03', to: '2026-01-05' }
  expect(await findFirstPage(january)).toEqual({ from: '2026-01-03', before: null })
  expect(await findPageStart(january, '2026-01-03')).toBeNull()
  expect(await findPageStart({ ...NO_FILTER, from: '2026-02-01' }, null)).toBeNull()
})
