import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { buildUrge } from '../../../../tests/setup/factories'
import { nextPageCursor, readLogPage, type PageCursor } from './log-pages'

async function readAll(size: number) {
  const seen: string[] = []
  let after: PageCursor | null = null
  for (let page = 0; page < 100; page++) {
    const rows = await readLogPage(db.urges, after, size)
    seen.push(...rows.map((row) => row.id))
    after = nextPageCursor(rows, after, size)
    if (!after) break
  }
  return seen
}

test('pages walk the whole log newest first, once each, even where many rows share a time', async () => {
  // Twelve urges at one minute, the rest a minute apart: pages of five split the shared minute.
  const shared = new Date(2026, 0, 10, 21, 0).toISOString()
  await db.urges.bulkAdd([
    ...Array.from({ length: 12 }, (_, index) =>
      buildUrge({ id: `same-${String(index).padStart(2, '0')}`, at: shared }),
    ),
    ...Array.from({ length: 9 }, (_, index) =>
      buildUrge({ id: `u${index}`, at: new Date(2026, 0, 10, 20, index).toISOString() }),
    ),
  ])
  const seen = await readAll(5)
  expect(seen).toHaveLength(21)
  expect(new Set(seen).size).toBe(21)
  expect(seen.slice(0, 12).every((id) => id.startsWith('same-'))).toBe(true)
  expect(seen.slice(12)).toEqual(['u8', 'u7', 'u6', 'u5', 'u4', 'u3', 'u2', 'u1', 'u0'])
})

test('an exact multiple of the page size ends with an empty page, and an empty log has one', async () => {
  expect(await readAll(5)).toEqual([])
  await db.urges.bulkAdd(
    Array.from({ length: 10 }, (_, index) =>
      buildUrge({ id: `u${index}`, at: new Date(2026, 0, 1, 9, index).toISOString() }),
    ),
  )
  expect(await readAll(5)).toHaveLength(10)
})
