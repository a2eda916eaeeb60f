import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import { buildBackupFile } from '../../../../tests/setup/backups'
import {
  buildDraft,
  buildEntry,
  buildNoContactPlan,
  buildUrge,
  seedEntries,
} from '../../../../tests/setup/factories'
import { validateBackup, type BackupFile } from '../logic/backup-format'
import { restoreBackup } from './restore-backup'

const welcomedWithoutNames = {
  ...DEFAULT_SETTINGS,
  onboardedAt: '2026-11-25T09:00:00.000Z',
}

function withTables(tables: BackupFile['tables']): BackupFile {
  const file = buildBackupFile(1)
  return { ...file, tables: { ...file.tables, ...tables } }
}

const runningCounts = async () =>
  (await db.noContactPlans.toArray()).filter((plan) => plan.endedAt === null)

test('a new phone whose settings are still the defaults takes the backup’s names, pronouns and theme', async () => {
  await db.settings.put(welcomedWithoutNames)
  const file = buildBackupFile(1)
  Object.assign(file.tables.settings![0] as object, {
    pronouns: 'custom',
    customPronouns: { subject: 'xe', object: 'xem', possessive: 'xyr' },
    theme: 'dark',
  })
  const result = await restoreBackup(await validateBackup(file), 'merge')
  expect(result.settingsTaken).toBe(true)
  expect(await db.settings.get('app')).toMatchObject({
    userName: 'Sam',
    exName: 'Robin',
    pronouns: 'custom',
    customPronouns: { subject: 'xe', object: 'xem', possessive: 'xyr' },
    theme: 'dark',
    // The welcome was done on this phone: it stays done, from when it was done here.
    onboardedAt: '2026-11-25T09:00:00.000Z',
  })
})

test('a phone with its own names keeps them unless the person chooses the backup’s', async () => {
  await db.settings.put({ ...welcomedWithoutNames, userName: 'Here', theme: 'light' })
  const backup = await validateBackup(buildBackupFile(1))
  expect((await restoreBackup(backup, 'merge')).settingsTaken).toBe(false)
  expect(await db.settings.get('app')).toMatchObject({ userName: 'Here', theme: 'light' })
  expect((await restoreBackup(backup, 'merge', { takeSettings: true })).settingsTaken).toBe(true)
  expect(await db.settings.get('app')).toMatchObject({ userName: 'Sam', exName: 'Robin' })
})

test('merging a backup whose running count has another id leaves one count running', async () => {
  await db.noContactPlans.add(
    buildNoContactPlan({ id: 'here', startAt: '2026-11-10T00:00:00.000Z', endedAt: null }),
  )
  const backup = withTables({
    noContactPlans: [
      buildNoContactPlan({ id: 'there', startAt: '2026-11-01T00:00:00.000Z', endedAt: null }),
    ],
  })
  await restoreBackup(await validateBackup(backup), 'merge')
  expect((await runningCounts()).map((plan) => plan.id)).toEqual(['here'])
  // The older count is history now, ended when the newer one began, as starting over does.
  expect((await db.noContactPlans.get('there'))?.endedAt).toBe('2026-11-10T00:00:00.000Z')
})

test('the later-started count keeps running, whichever side it came from', async () => {
  await db.noContactPlans.add(
    buildNoContactPlan({ id: 'here', startAt: '2026-11-01T00:00:00.000Z', endedAt: null }),
  )
  const backup = withTables({
    noContactPlans: [
      buildNoContactPlan({ id: 'there', startAt: '2026-11-12T08:00:00.000Z', endedAt: null }),
    ],
  })
  await restoreBackup(await validateBackup(backup), 'merge')
  expect((await runningCounts()).map((plan) => plan.id)).toEqual(['there'])
  expect((await db.noContactPlans.get('here'))?.endedAt).toBe('2026-11-12T08:00:00.000Z')
})

test('a file holding two running counts is restored with one running, even by replace', async () => {
  const backup = withTables({
    noContactPlans: [
      buildNoContactPlan({ id: 'a', startAt: '2026-11-01T00:00:00.000Z', endedAt: null }),
      buildNoContactPlan({ id: 'b', startAt: '2026-11-03T00:00:00.000Z', endedAt: null }),
    ],
  })
  await restoreBackup(await validateBackup(backup), 'replace')
  expect((await runningCounts()).map((plan) => plan.id)).toEqual(['b'])
})

test('the same entry edited on two phones: the newer version is kept and counted', async () => {
  await seedEntries([
    buildEntry({ id: 'older-here', text: 'old words', updatedAt: '2026-11-01T10:00:00.000Z' }),
    buildEntry({ id: 'newer-here', text: 'new words here', updatedAt: '2026-11-20T10:00:00.000Z' }),
    buildEntry({ id: 'same', text: 'same', updatedAt: '2026-11-05T10:00:00.000Z' }),
  ])
  await db.urges.add(
    buildUrge({ id: 'urge', helped: 'old', updatedAt: '2026-11-01T10:00:00.000Z' }),
  )
  const backup = withTables({
    entries: [
      buildEntry({
        id: 'older-here',
        text: 'edited later on the other phone',
        updatedAt: '2026-11-15T10:00:00.000Z',
      }),
      buildEntry({ id: 'newer-here', text: 'stale', updatedAt: '2026-11-02T10:00:00.000Z' }),
      buildEntry({ id: 'same', text: 'same', updatedAt: '2026-11-05T10:00:00.000Z' }),
    ],
    urges: [buildUrge({ id: 'urge', helped: 'a walk', updatedAt: '2026-11-02T10:00:00.000Z' })],
  })
  const result = await restoreBackup(await validateBackup(backup), 'merge')
  expect((await db.entries.get('older-here'))?.text).toBe('edited later on the other phone')
  expect((await db.entries.get('newer-here'))?.text).toBe('new words here')
  expect((await db.urges.get('urge'))?.helped).toBe('a walk')
  expect(result).toMatchObject({ added: 0, alreadyHere: 1, differed: { entries: 2, urges: 1 } })
})

test('a merge never puts a file’s drafts into the composer; replace brings them back', async () => {
  const backup = await validateBackup(
    withTables({
      drafts: [
        buildDraft({
          id: 'new-entry',
          fields: { mood: null, text: 'words from the file', prompt: '' },
        }),
      ],
    }),
  )
  expect((await restoreBackup(backup, 'merge')).draftsLeftOut).toBe(1)
  expect(await db.drafts.count()).toBe(0)
  await restoreBackup(backup, 'replace')
  expect((await db.drafts.get('new-entry'))?.fields).toMatchObject({ text: 'words from the file' })
})
