import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { restoreBackup } from '../data/restore-backup'
import { readBackupText, validateBackup } from './backup-format'

/**
 * Every backup format ever written has a frozen example in tests/fixtures; each must keep restoring
 * into the current version. Add the next one (backup-v2.json) when the format changes.
 */
test.each(['backup-v1.json'])(
  '%s, written by an earlier Steady, restores into this version',
  async (name) => {
    const text = readFileSync(
      new URL(`../../../../tests/fixtures/${name}`, import.meta.url),
      'utf8',
    )
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
