import { expect, test } from 'vitest'
import { db } from '@/db/db'
import backupV1 from '../../../../tests/fixtures/backup-v1.json?raw'
import { restoreBackup } from '../data/restore-backup'
import { readBackupText, validateBackup } from './backup-format'

/**
 * Every backup format ever written has a frozen example in tests/fixtures; each must keep restoring
 * into the current version. Add the next one (backup-v2.json) when the format changes.
 */
test.each([['backup-v1.json', backupV1]])(
  '%s, written by an earlier Steady, restores into this version',
  async (_, text) => {
    const parsed = readBackupText(text)
    if (parsed.kind !== 'plain') throw new Error('fixtures are plain backups')
    await restoreBackup(await validateBackup(parsed.file), 'replace')
    expect(await db.entries.count()).toBe(3)
    expect(await db.settings.get('app')).toMatchObject({
      userName: 'Sam',
      exName: 'Robin',
      lock: null,
    })
    expect((await db.entries.get('backup-entry-0'))?.text).toBe('From the backup 0')
  },
)
