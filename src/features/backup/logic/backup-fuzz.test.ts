import fc from 'fast-check'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { buildBackupFile } from '../../../../tests/setup/backups'
import { buildEntry, seedEntries } from '../../../../tests/setup/factories'
import { restoreBackup } from '../data/restore-backup'
import { BackupError, readBackupText, validateBackup } from './backup-format'
import { ROW_SCHEMAS } from '@/db/rows'
import * as v from 'valibot'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** A mutation applied somewhere inside the backup: replace a value, delete a key, or add one. */
const mutation = fc.record({
  path: fc.array(fc.nat(20), { minLength: 0, maxLength: 5 }),
  action: fc.constantFrom('replace', 'delete', 'add'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
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

async function rowsAreValid() {
  for (const [name, schema] of Object.entries(ROW_SCHEMAS)) {
    if (name === 'settings') continue
    for (const row of await db.table(name).toArray())
      expect(v.safeParse(schema, row).success).toBe(true)
  }
}

test('thousands of mutated backups: each is imported whole or refused with a message, never half-written', async () => {
  await seedEntries([buildEntry({ id: 'already-here' })])
  const base = JSON.stringify(buildBackupFile(4))
  let imported = 0
  let refused = 0
  await fc.assert(
    fc.asyncProperty(
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      fc.option(fc.nat(base.length), { nil: undefined }),
      async (mutations, cut) => {
        let text: string
        if (cut !== undefined && cut % 3 === 0) {
          text = base.slice(0, cut)
        } else {
          let json = JSON.parse(base) as Json
          for (const change of mutations) json = mutate(json, change)
          text = JSON.stringify(json) ?? ''
        }
        const before = await db.entries.count()
        try {
          const parsed = readBackupText(text)
          if (parsed.kind !== 'plain') throw new BackupError('encrypted')
          const backup = await validateBackup(parsed.file)
          await restoreBackup(backup, 'merge')
          imported++
          expect(await db.entries.get('already-here')).toBeDefined()
        } catch (error) {
          if (!(error instanceof BackupError)) throw error
          expect(error.message.length).toBeGreaterThan(20)
          expect(await db.entries.count()).toBe(before)
          refused++
        }
        await rowsAreValid()
        // Back to the starting point for the next run.
        await db.entries.where('id').notEqual('already-here').delete()
        await db.drafts.clear()
        await db.settings.clear()
      },
    ),
    { numRuns: 2000 },
  )
  // Both outcomes must actually occur, or the property proves little.
  expect(imported).toBeGreaterThan(50)
  expect(refused).toBeGreaterThan(50)
}, 120_000)
