import fc from 'fast-check'
import * as v from 'valibot'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { ROW_SCHEMAS, type TableName } from '@/db/rows'
import { buildBackupFile } from '../../../../tests/setup/backups'
import { FACTORIES, seedEveryTable, SINGLE_ROW_TABLES } from '../../../../tests/setup/factories'
import { restoreBackup, type RestoreMode } from '../data/restore-backup'
import { BackupError, readBackupText, validateBackup } from './backup-format'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * A mutation applied somewhere inside the backup: replace a value, delete a key, or add one. Most
 * land under `tables` (`inTables`), where the rows are: the envelope has few ways to go wrong.
 */
const mutation = fc.record({
  inTables: fc.integer({ min: 0, max: 9 }).map((n) => n < 7),
  path: fc.array(fc.nat(20), { minLength: 0, maxLength: 4 }),
  action: fc.constantFrom('replace', 'delete', 'add'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    // Values that are nearly right are the interesting ones for rows.
    fc.constantFrom<Json>('', 'app', '2026-02-30', '2026-11-20T20:30:00.000Z', 0, 11, null, 'a b'),
  ),
  key: fc.string({ maxLength: 8 }),
})

interface Mutation {
  path: number[]
  action: string
  value: Json
  key: string
}

function mutate(root: Json, { path, action, value, key }: Mutation): Json {
  if (path.length === 0 || root === null || typeof root !== 'object')
    return action === 'replace' ? value : root
  const keys = Array.isArray(root) ? root.map((_, i) => i) : Object.keys(root)
  if (keys.length === 0) return root
  const chosen = keys[path[0]! % keys.length]!
  const container = root as Record<string | number, Json>
  if (path.length === 1) {
    if (action === 'delete') {
      if (Array.isArray(root)) root.splice(chosen as number, 1)
      else delete container[chosen]
    } else if (action === 'add' && !Array.isArray(root)) container[key] = value
    else container[chosen] = value
    return root
  }
  container[chosen] = mutate(container[chosen]!, { path: path.slice(1), action, value, key })
  return root
}

/** The whole database, every table in id order. */
async function everyTable(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {}
  for (const table of db.tables) {
    const rows = (await table.toArray()) as { id: string }[]
    tables[table.name] = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
  return tables
}

async function putBack(state: Record<string, unknown[]>) {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear()
      await table.bulkAdd(state[table.name] ?? [])
    }
  })
}

/** Whatever was imported, every row in the database is a valid row and one count at most runs. */
async function databaseIsSound() {
  for (const [name, schema] of Object.entries(ROW_SCHEMAS)) {
    for (const row of await db.table(name).toArray()) {
      const result = v.safeParse(schema, row)
      expect(result.success, `${name}: ${JSON.stringify(row)}`).toBe(true)
    }
  }
  const running = (await db.noContactPlans.toArray()).filter((plan) => plan.endedAt === null)
  expect(running.length).toBeLessThanOrEqual(1)
}

test('thousands of mutated backups, both modes: each is imported whole or refused leaving the database exactly as it was', async () => {
  await seedEveryTable(1)
  const start = await everyTable()
  // A backup with two rows in every table, as the person's other phone might have written it.
  const file = buildBackupFile(2)
  for (const name of Object.keys(FACTORIES) as TableName[]) {
    if (name === 'settings' || name === 'entries') continue
    file.tables[name] = SINGLE_ROW_TABLES.includes(name)
      ? [FACTORIES[name]()]
      : [FACTORIES[name](), FACTORIES[name]()]
  }
  const base = JSON.stringify(file)
  let imported = 0
  let refused = 0
  let underTables = 0
  let mutations = 0
  await fc.assert(
    fc.asyncProperty(
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      fc.constantFrom<RestoreMode>('merge', 'replace'),
      fc.option(fc.nat(base.length), { nil: undefined }),
      async (changes, mode, cut) => {
        let text: string
        if (cut !== undefined && cut % 5 === 0) {
          text = base.slice(0, cut)
        } else {
          const json = JSON.parse(base) as { tables: Json } & Record<string, Json>
          let root: Json = json
          for (const change of changes) {
            mutations++
            if (change.inTables) {
              underTables++
              json.tables = mutate(json.tables, change)
            } else root = mutate(root, change)
          }
          text = JSON.stringify(root) ?? ''
        }
        try {
          const parsed = readBackupText(text)
          if (parsed.kind !== 'plain') throw new BackupError('encrypted')
          await restoreBackup(await validateBackup(parsed.file), mode)
          imported++
          await databaseIsSound()
        } catch (error) {
          if (!(error instanceof BackupError)) throw error
          expect(error.message.length).toBeGreaterThan(20)
          expect(await everyTable()).toEqual(start)
          refused++
        }
        await putBack(start)
      },
    ),
    { numRuns: 1500 },
  )
  // Both outcomes must actually occur, and the rows must be the main target, or this proves little.
  expect(imported).toBeGreaterThan(50)
  expect(refused).toBeGreaterThan(50)
  expect(underTables / mutations).toBeGreaterThanOrEqual(0.5)
}, 180_000)
