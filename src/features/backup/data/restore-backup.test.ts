import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import { buildBackupFile } from '../../../../tests/setup/backups'
import { buildDraftOf, buildEntry, seedEntries } from '../../../../tests/setup/factories'
import { readBackupText, validateBackup } from '../logic/backup-format'
import { collectBackup } from './export-backup'
import { restoreBackup } from './restore-backup'

const lock = {
  hash: 'aGFzaA==',
  salt: 'c2FsdA==',
  iterations: 600_000,
  autoLockMinutes: 1,
  failedAttempts: 0,
  lastFailedAt: null,
}

async function snapshot() {
  return {
    settings: await db.settings.toArray(),
    entries: await db.entries.orderBy('id').toArray(),
    drafts: await db.drafts.toArray(),
  }
}

test('export then restore into an empty device gives back every row exactly', async () => {
  await db.settings.put({
    ...DEFAULT_SETTINGS,
    onboardedAt: '2026-11-01T09:00:00.000Z',
    userName: 'Noa',
    exName: 'עמית',
  })
  await seedEntries([
    buildEntry({ text: 'one\ntwo 🌙' }),
    buildEntry({ mood: null, text: '<b>x</b>', prompt: 'What helped?' }),
  ])
  await db.drafts.put(
    buildDraftOf(
      'new-entry',
      'entry',
      { mood: 1, text: 'half', prompt: '' },
      { updatedAt: '2026-11-26T10:00:00.000Z', writer: 't' },
    ),
  )
  const before = await snapshot()

  const text = JSON.stringify(await collectBackup())
  await Promise.all(db.tables.map((table) => table.clear()))
  const parsed = readBackupText(text)
  if (parsed.kind !== 'plain') throw new Error('expected a plain backup')
  await restoreBackup(await validateBackup(parsed.file), 'replace')

  const after = await snapshot()
  expect(after.entries).toEqual(before.entries)
  expect(after.drafts).toEqual(before.drafts)
  expect(after.settings[0]).toMatchObject({ userName: 'Noa', exName: 'עמית' })
})

test('the lock and storage state never leave the device in a backup', async () => {
  await db.settings.put({
    ...DEFAULT_SETTINGS,
    lock,
    persistence: 'granted',
    lastBackupAt: '2026-11-01T00:00:00.000Z',
  })
  const settings = (await collectBackup()).tables.settings?.[0] as Record<string, unknown>
  expect(settings).not.toHaveProperty('lock')
  expect(settings).not.toHaveProperty('persistence')
  expect(settings).not.toHaveProperty('lastBackupAt')
})

test('merging the same backup twice adds nothing the second time', async () => {
  await seedEntries([buildEntry({ id: 'here-only', text: 'Written here' })])
  const backup = await validateBackup(buildBackupFile(5))
  const first = await restoreBackup(backup, 'merge')
  expect(first).toMatchObject({ added: 5, alreadyHere: 0 })
  const afterFirst = await snapshot()
  const second = await restoreBackup(backup, 'merge')
  expect(second).toMatchObject({ added: 0, alreadyHere: 5 })
  expect(await snapshot()).toEqual(afterFirst)
  expect(await db.entries.get('here-only')).toBeDefined()
})

test('merge keeps what is here when the same entry differs', async () => {
  await seedEntries([buildEntry({ id: 'backup-entry-0', text: 'Edited here since' })])
  await restoreBackup(await validateBackup(buildBackupFile(2)), 'merge')
  expect((await db.entries.get('backup-entry-0'))?.text).toBe('Edited here since')
})

test('merge keeps this device’s names; replace takes the backup’s, and the lock stays either way', async () => {
  await db.settings.put({
    ...DEFAULT_SETTINGS,
    onboardedAt: '2026-11-01T09:00:00.000Z',
    userName: 'Here',
    lock,
  })
  const backup = await validateBackup(buildBackupFile(1))
  await restoreBackup(backup, 'merge')
  expect(await db.settings.get('app')).toMatchObject({ userName: 'Here', lock })
  await restoreBackup(backup, 'replace')
  expect(await db.settings.get('app')).toMatchObject({ userName: 'Sam', exName: 'Robin', lock })
})

test('replace leaves exactly the backup’s entries', async () => {
  await seedEntries([buildEntry({ id: 'gone-after-replace' })])
  const result = await restoreBackup(await validateBackup(buildBackupFile(3)), 'replace')
  expect(result).toMatchObject({ added: 3, replaced: 1 })
  expect((await db.entries.toArray()).map((entry) => entry.id).sort()).toEqual([
    'backup-entry-0',
    'backup-entry-1',
    'backup-entry-2',
  ])
})

test.each(['merge', 'replace'] as const)(
  'a failure half-way through a %s leaves everything exactly as it was',
  async (mode) => {
    await db.settings.put({ ...DEFAULT_SETTINGS, userName: 'Before' })
    await seedEntries([buildEntry({ id: 'keep-me' })])
    const before = await snapshot()
    const backup = await validateBackup(buildBackupFile(1200))
    // Tables share Dexie's Table prototype: fail the second write of entries, whichever handle makes it.
    const prototype = Object.getPrototypeOf(db.entries) as typeof db.entries
    const realBulkAdd = prototype.bulkAdd
    let calls = 0
    vi.spyOn(prototype, 'bulkAdd').mockImplementation(function (
      this: typeof db.entries,
      ...args: Parameters<typeof realBulkAdd>
    ) {
      if (this.name === 'entries' && ++calls === 2) {
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )
      }
      return realBulkAdd.apply(this, args)
    } as typeof realBulkAdd)
    await expect(restoreBackup(backup, mode)).rejects.toThrow()
    expect(calls).toBe(2)
    expect(await snapshot()).toEqual(before)
  },
)

test('progress climbs to the total during a long restore', async () => {
  const seen: number[] = []
  await restoreBackup(await validateBackup(buildBackupFile(1500)), 'merge', {
    onProgress: (done) => seen.push(done),
  })
  // 1,500 entries and the settings; a merge leaves the file's draft out.
  expect(seen.at(-1)).toBe(1501)
  expect(seen.length).toBeGreaterThan(3)
})
