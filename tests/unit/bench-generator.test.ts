// The bench's dataset generator (tests/bench/generate.ts): it must fill every table the app has, with
// rows a backup would accept, or the bench stops measuring what five years of use look like.
import * as v from 'valibot'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { ROW_SCHEMAS, type TableName } from '@/db/rows'
import { EMPTY, generateDataset, TINY, WRITERS } from '../bench/generate'

const NOW = new Date(2026, 10, 26, 21, 30)

test('the tiny dataset fills every table with rows a backup accepts', async () => {
  const counts = await generateDataset({ size: TINY, now: NOW })
  for (const table of Object.keys(ROW_SCHEMAS) as TableName[]) {
    expect(counts[table], `rows in ${table}`).toBeGreaterThan(0)
    const rows = await db.table(table).toArray()
    for (const row of rows) {
      const result = v.safeParse(ROW_SCHEMAS[table], row)
      expect(
        result.issues?.map((issue) => issue.message),
        `a row of ${table}`,
      ).toBeUndefined()
    }
  }
  // One check-in a day, nothing in the future, the last one yesterday.
  const entries = await db.entries.toArray()
  const days = new Set(entries.map((entry) => entry.day))
  expect(entries.filter((entry) => entry.kind === 'check-in')).toHaveLength(TINY.days)
  expect(days.size).toBe(TINY.days)
  expect([...days].sort().at(-1)).toBe('2026-11-25')
})

test('every table of the database has a writer', () => {
  expect(Object.keys(WRITERS).sort()).toEqual(db.tables.map((table) => table.name).sort())
})

test('the same seed writes the same dataset', async () => {
  await generateDataset({ size: TINY, now: NOW, seed: 7 })
  const first = (await db.entries.orderBy('createdAt').toArray()).map((entry) => entry.text)
  await Promise.all(db.tables.map((table) => table.clear()))
  await generateDataset({ size: TINY, now: NOW, seed: 7 })
  const second = (await db.entries.orderBy('createdAt').toArray()).map((entry) => entry.text)
  expect(second).toEqual(first)
})

test('the empty dataset is the welcome done and nothing else', async () => {
  const counts = await generateDataset({ size: EMPTY, now: NOW })
  expect(counts).toMatchObject({ settings: 1, entries: 0, urges: 0, contacts: 0 })
  expect((await db.settings.get('app'))?.onboardedAt).toBe(NOW.toISOString())
})
