import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { buildBackupFile } from '../../../../tests/setup/backups'
import { BackupError, readBackupText, validateBackup, type BackupFile } from './backup-format'
import { ROW_SCHEMAS } from '@/db/rows'

const valid = JSON.stringify(buildBackupFile())

test('every table in the database has a row schema, so nothing is left out of a backup', () => {
  expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(ROW_SCHEMAS).sort())
})

test.each([
  ['an empty file', '', /This file is empty/],
  ['only white space', ' \n\t ', /This file is empty/],
  ['plain text', 'Dear diary', /not made by Steady/],
  ['JSON of another app', '{"version":3,"notes":[]}', /not made by Steady/],
  ['a JSON array', '[1,2,3]', /not made by Steady/],
  ['JSON null', 'null', /not made by Steady/],
  ['a truncated backup', valid.slice(0, Math.floor(valid.length / 2)), /incomplete or damaged/],
  [
    'a backup from a newer app',
    JSON.stringify(buildBackupFile(1, { version: 99 })),
    /newer version of Steady \(backup format 99/,
  ],
  [
    'a backup without its tables',
    JSON.stringify({ ...buildBackupFile(1), tables: undefined }),
    /incomplete or damaged/,
  ],
  [
    'an encrypted backup missing its salt',
    JSON.stringify({
      format: 'steady-backup-encrypted',
      version: 1,
      appVersion: '0.1.0',
      exportedAt: '',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 },
      cipher: { name: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA' },
      data: '',
    }),
    /incomplete or damaged/,
  ],
])('refuses %s with a clear message', (_, text, message) => {
  expect(() => readBackupText(text)).toThrow(BackupError)
  expect(() => readBackupText(text)).toThrow(message)
})

function withRow(
  table: string,
  index: number,
  change: (row: Record<string, unknown>) => void,
): BackupFile {
  const file = buildBackupFile()
  const row = file.tables[table]?.[index] as Record<string, unknown>
  change(row)
  return file
}

test.each([
  [
    'an entry without text',
    withRow('entries', 1, (row) => delete row.text),
    /journal entry 2 is damaged \(text is missing or of the wrong kind\)/,
  ],
  [
    'a mood of 7',
    withRow('entries', 0, (row) => (row.mood = 7)),
    /journal entry 1 is damaged \(mood is not a mood from 1 to 5\)/,
  ],
  [
    'a mood written as text',
    withRow('entries', 0, (row) => (row.mood = '3')),
    /journal entry 1 is damaged/,
  ],
  [
    'an impossible date',
    withRow('entries', 2, (row) => (row.day = '2026-02-30')),
    /journal entry 3 is damaged \(day is not a real date\)/,
  ],
  [
    'a time that is not a time',
    withRow('entries', 0, (row) => (row.createdAt = 'yesterday')),
    /createdAt is not a valid time/,
  ],
  [
    'an unknown theme',
    withRow('settings', 0, (row) => (row.theme = 'neon')),
    /settings 1 is damaged \(theme/,
  ],
  [
    'text over the limit',
    withRow('entries', 0, (row) => (row.text = 'x'.repeat(200_001))),
    /longer than Steady allows/,
  ],
])('refuses a backup with %s, naming the row', async (_, file, message) => {
  await expect(validateBackup(file)).rejects.toThrow(message)
})

test('refuses duplicate ids', async () => {
  const file = buildBackupFile()
  file.tables.entries?.push({ ...(file.tables.entries?.[0] as object) })
  await expect(validateBackup(file)).rejects.toThrow(/lists the same journal entry twice/)
})

test('refuses tables it does not know', async () => {
  const file = buildBackupFile()
  file.tables.somethingElse = []
  await expect(validateBackup(file)).rejects.toThrow(/does not know/)
})

test('a valid backup passes, unknown fields are dropped and missing optional ones filled', async () => {
  const file = buildBackupFile(2)
  ;(file.tables.entries?.[0] as Record<string, unknown>).injected = '<script>'
  delete (file.tables.settings?.[0] as Record<string, unknown>).backupReminderDismissedAt
  const backup = await validateBackup(file)
  expect(backup.tables.entries).toHaveLength(2)
  expect(backup.tables.entries[0]).not.toHaveProperty('injected')
  expect(backup.tables.settings[0]?.backupReminderDismissedAt).toBeNull()
})

test('progress is reported up to the total', async () => {
  const calls: [number, number][] = []
  await validateBackup(buildBackupFile(1200), (done, total) => calls.push([done, total]))
  expect(calls.at(-1)).toEqual([1202, 1202])
  expect(calls.length).toBeGreaterThan(2)
})

test('drafts from a backup made before typed drafts come out typed, words intact', async () => {
  const parsed = readBackupText(valid)
  if (parsed.kind !== 'plain') throw new Error('expected a plain backup')
  const { tables } = await validateBackup(parsed.file)
  expect(tables.drafts).toEqual([
    {
      id: 'new-entry',
      kind: 'entry',
      fields: { mood: 2, text: 'unfinished', prompt: '' },
      baseUpdatedAt: null,
      updatedAt: '2026-11-20T09:00:00.000Z',
      writer: 'tab',
    },
  ])
})

test('refuses a backup whose data is newer than this app, instead of dropping what it does not know', () => {
  const text = JSON.stringify(buildBackupFile(1, { schemaVersion: CURRENT_SCHEMA_VERSION + 1 }))
  expect(() => readBackupText(text)).toThrow(/newer version of Steady .*Update Steady first/)
})

test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
  'refuses a table named “%s”',
  async (name) => {
    const text = JSON.stringify(buildBackupFile(1)).replace(
      '"tables":{',
      `"tables":{"${name}":[{"id":"x"}],`,
    )
    expect(() => readBackupText(text)).toThrow(/does not know/)
    const file = buildBackupFile(1)
    Object.defineProperty(file.tables, name, { value: [], enumerable: true })
    await expect(validateBackup(file)).rejects.toThrow(/does not know/)
  },
)

test.each(['<img src=x>', 'a b', '../../etc', 'x'.repeat(201), 'é', ''])(
  'refuses an id Steady never makes (%s)',
  async (id) => {
    await expect(validateBackup(withRow('entries', 0, (row) => (row.id = id)))).rejects.toThrow(
      /journal entry 1 is damaged \(id /,
    )
  },
)

test('accepts the ids Steady makes', async () => {
  const file = buildBackupFile(2)
  ;(file.tables.entries![0] as { id: string }).id = crypto.randomUUID()
  ;(file.tables.drafts![0] as { id: string }).id = `entry:${crypto.randomUUID()}`
  await expect(validateBackup(file)).resolves.toBeDefined()
})
