import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { DEVICE_SETTINGS } from '@/db/rows'
import { keysToFind, TAG_INDEX } from '@/db/tag-index'
import { buildSettings, seedEveryTable } from '../../../../tests/setup/factories'
import { exportAndRead } from '../../../../tests/setup/backups'
import { restoreBackup, type RestoreMode } from './restore-backup'

/**
 * Every table of the database, read back in id order. Built from `db.tables`, so a table added later
 * is compared here without anyone remembering to add it: a backup that drops one fails these tests.
 */
async function everyTable(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {}
  for (const table of db.tables) {
    const rows = (await table.toArray()) as { id: string }[]
    tables[table.name] = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
  return tables
}

const lock = {
  hash: 'aGFzaA==',
  salt: 'c2FsdA==',
  iterations: 600_000,
  autoLockMinutes: 1,
  failedAttempts: 0,
  lastFailedAt: null,
}

async function seed() {
  await seedEveryTable(3)
  await db.settings.put(buildSettings({ lock, persistence: 'granted' }))
  const before = await everyTable()
  for (const [name, rows] of Object.entries(before)) {
    expect(rows.length, `the seed fills ${name}`).toBeGreaterThan(0)
  }
  return before
}

test.each(['replace', 'merge'] as const)(
  'every table comes back exactly after export and a %s on the same phone',
  async (mode: RestoreMode) => {
    const before = await seed()
    const backup = await exportAndRead(null)
    // Merge into the same phone proves nothing: empty every table but settings first.
    if (mode === 'merge') {
      for (const table of db.tables) if (table.name !== 'settings') await table.clear()
    }
    await restoreBackup(backup, mode)
    // A merge never puts a file's unsaved drafts into the composer; every other table comes back.
    expect(await everyTable()).toEqual(mode === 'merge' ? { ...before, drafts: [] } : before)
    // Tags come back into their index too, emoji and right-to-left ones included.
    const withTag = async (tag: string) =>
      db.entries
        .where(TAG_INDEX)
        .anyOf(await keysToFind(tag))
        .count()
    expect(await withTag('Work')).toBe(3)
    expect(await withTag('שינה')).toBe(3)
  },
)

test('every table comes back on a new phone from an encrypted file; device settings stay the new phone’s', async () => {
  const before = await seed()
  const backup = await exportAndRead('correct horse battery')
  await Promise.all(db.tables.map((table) => table.clear()))
  await restoreBackup(backup, 'replace')
  const after = await everyTable()
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
  for (const name of Object.keys(before)) {
    if (name !== 'settings') expect(after[name], name).toEqual(before[name])
  }
  const settings = after.settings?.[0] as Record<string, unknown>
  const expected = { ...(before.settings?.[0] as Record<string, unknown>) }
  for (const field of DEVICE_SETTINGS) {
    expect(settings[field], field).toEqual(
      {
        lock: null,
        persistence: 'unknown',
        persistenceAskedAt: null,
        lastBackupAt: null,
        lowDayNoteShownOn: undefined,
      }[field],
    )
    delete expected[field]
  }
  expect(settings).toMatchObject(expected)
}, 20_000)
