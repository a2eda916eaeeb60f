import { expect, test } from 'vitest'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import { db, SteadyDatabase } from './db'
import { CURRENT_SCHEMA_VERSION, schemaV9 } from './schema'

test('the database opens at the current schema version with every table', async () => {
  await db.open()
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
  expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(schemaV9).sort())
})

test('entries are indexed by day and time, never by their text', () => {
  const indexes = db.entries.schema.indexes.map((index) => index.name)
  expect(indexes).toEqual(expect.arrayContaining(['day', 'createdAt']))
  expect(indexes).not.toContain('text')
})

test('a database written by this version opens again with its rows intact', async () => {
  const name = `steady-reopen-${Date.now()}`
  const first = new SteadyDatabase(name)
  await first.settings.put({ ...DEFAULT_SETTINGS, userName: 'Ana', theme: 'dark' })
  first.close()
  const again = new SteadyDatabase(name)
  expect((await again.settings.get('app'))?.userName).toBe('Ana')
  await again.delete()
})
