import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { dropDataKey } from '@/db/vault'
import { describeStorageError } from '@/lib/errors'
import { seedEveryTable } from '../../../../tests/setup/factories'
import { exportAndRead } from '../../../../tests/setup/backups'
import { seedUnlockedLock } from '../../../../tests/setup/lock'
import { readEveryTable, sensitiveFieldsByState } from '../../../../tests/setup/stored'
import { createBackupFile } from './export-backup'
import { restoreBackup } from './restore-backup'

/** Every table filled, then the lock turned on (sealed) and this tab unlocked. */
async function seedUnderLock() {
  await seedEveryTable(2)
  const before = await readEveryTable()
  await seedUnlockedLock('2468')
  expect((await sensitiveFieldsByState()).clear).toEqual([])
  return before
}

test('with the lock on, a backup holds the words themselves, under the backup’s own password', async () => {
  const before = await seedUnderLock()
  const { file } = await createBackupFile('correct horse battery')
  const text = await file.text()
  expect(text).not.toContain((before.entries?.[0] as { text: string }).text)
  const backup = await exportAndRead('correct horse battery')
  expect(backup.tables.entries.map((entry) => entry.text).sort()).toEqual(
    (before.entries as { text: string }[]).map((entry) => entry.text).sort(),
  )
  expect(JSON.stringify(backup)).not.toContain('~sealed')
  // Tags too travel in clear inside the backup's encryption; the blind index keys never do.
  const tagsOf = (entries: { tags?: string[] }[]) => entries.map((entry) => entry.tags ?? [])
  expect(tagsOf(backup.tables.entries).flat().length).toBeGreaterThan(0)
  expect(tagsOf(backup.tables.entries).sort()).toEqual(
    tagsOf(before.entries as { tags?: string[] }[]).sort(),
  )
  expect(JSON.stringify(backup)).not.toContain('tagKeys')
})

test('restoring into an encrypted database seals every row as it writes, in its one transaction', async () => {
  const before = await seedUnderLock()
  const backup = await exportAndRead(null)
  await restoreBackup(backup, 'replace')
  expect((await sensitiveFieldsByState()).clear).toEqual([])
  expect(await readEveryTable()).toEqual(before)
})

test('restoring while locked is refused with a clear message, and nothing changes', async () => {
  await seedUnderLock()
  const backup = await exportAndRead(null)
  dropDataKey()
  const stored = await db.entries.toArray()
  const failure = restoreBackup(backup, 'replace')
  await expect(failure).rejects.toThrow()
  const error: unknown = await failure.catch((caught: unknown) => caught)
  expect(describeStorageError(error, 'nothing was restored')).toBe(
    'Steady is locked, so nothing was restored. Unlock it with your passcode, then try again.',
  )
  expect(await db.entries.toArray()).toEqual(stored)
})
