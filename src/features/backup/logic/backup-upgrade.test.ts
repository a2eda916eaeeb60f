import { expect, test } from 'vitest'
import { db } from '@/db/db'
import backupV1Encrypted from '../../../../tests/fixtures/backup-v1-encrypted.json?raw'
import backupV1 from '../../../../tests/fixtures/backup-v1.json?raw'
import backupV2 from '../../../../tests/fixtures/backup-v2.json?raw'
import { restoreBackup } from '../data/restore-backup'
import { readBackupText, validateBackup } from './backup-format'
import { decryptBackup } from './encryption'

/**
 * Every backup format ever written has a frozen example in tests/fixtures; each must keep restoring
 * into the current version. Add the next one (backup-v3.json) when the format or a row changes, and
 * never edit a frozen one.
 */
async function restoreFixture(text: string, password?: string) {
  let parsed = readBackupText(text)
  if (parsed.kind === 'encrypted')
    parsed = readBackupText(await decryptBackup(parsed.file, password!))
  if (parsed.kind !== 'plain') throw new Error('expected a plain backup inside')
  await restoreBackup(await validateBackup(parsed.file), 'replace')
}

test.each([
  ['backup-v1.json', backupV1, undefined],
  ['backup-v1-encrypted.json (before the header was bound)', backupV1Encrypted, 'fixture password'],
])('%s, written by an earlier Steady, restores into this version', async (_, text, password) => {
  await restoreFixture(text, password)
  expect(await db.entries.count()).toBe(3)
  expect(await db.settings.get('app')).toMatchObject({
    userName: 'Sam',
    exName: 'Robin',
    lock: null,
  })
  expect((await db.entries.get('backup-entry-0'))?.text).toBe('From the backup 0')
})

test('backup-v2.json, with the no-contact count, its history, contacts, urges and the checklist, restores', async () => {
  await restoreFixture(backupV2)
  expect(await db.settings.get('app')).toMatchObject({
    userName: 'Sam',
    exName: 'Robin',
    theme: 'dark',
  })
  expect((await db.entries.get('entry-b'))?.text).toBe('Dear you, I won’t send this.')
  expect(await db.drafts.get('new-entry')).toMatchObject({
    kind: 'entry',
    fields: { mood: 2, text: 'unfinished', prompt: 'What helped today?' },
  })
  expect(await db.noContactPlans.get('plan-old')).toMatchObject({
    mode: 'no-contact',
    endedAt: '2026-10-20T00:00:00.000Z',
  })
  expect(await db.noContactPlans.get('plan-now')).toMatchObject({ mode: 'limited', endedAt: null })
  expect(await db.contacts.get('contact-a')).toMatchObject({ initiator: 'ex', channel: 'text' })
  expect(await db.urges.get('urge-a')).toMatchObject({ intensity: 7, trigger: 'our song' })
  expect(await db.socialChecklist.get('platform-a')).toMatchObject({ platform: 'Instagram' })
})
