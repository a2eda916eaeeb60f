import * as v from 'valibot'
import { isLegacyDraft, upgradeDraftRow } from '@/db/upgrades'
import { backupSettingsRow, ROW_NOUNS, ROW_SCHEMAS, type TableName } from '@/db/rows'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { UserError } from '@/lib/errors'

/** What a backup may hold for each table: every table's row, and settings without device fields. */
const BACKUP_ROW_SCHEMAS = { ...ROW_SCHEMAS, settings: backupSettingsRow }

export type BackupTables = {
  [Name in TableName]: v.InferOutput<(typeof BACKUP_ROW_SCHEMAS)[Name]>[]
}

/** The name inside every backup file; files of other apps are recognised by its absence. */
export const BACKUP_FORMAT = 'steady-backup'
export const ENCRYPTED_BACKUP_FORMAT = 'steady-backup-encrypted'
/**
 * Raised when the file's shape changes; each older version gets an upgrade in `upgradeBackup`.
 * 2 (2026-11-26): an encrypted file's clear header is bound to its ciphertext (AES-GCM additional
 * data); ids keep to the app's id alphabet. Rows are unchanged, so a v1 file reads as it is.
 */
export const BACKUP_VERSION = 2
/**
 * The most key-stretching rounds a file may ask for: the app writes 600,000; a file asking for far
 * more would keep a phone busy for minutes before even checking the password.
 */
export const MAX_KDF_ITERATIONS = 2_000_000
/** Larger than years of daily writing (3 years of long entries is ~5 MB), small enough to parse. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  version: number
  appVersion: string
  schemaVersion: number
  exportedAt: string
  tables: Record<string, unknown[]>
}

export interface EncryptedBackupFile {
  format: typeof ENCRYPTED_BACKUP_FORMAT
  version: number
  appVersion: string
  exportedAt: string
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  cipher: { name: 'AES-GCM'; iv: string }
  data: string
}

export interface ValidBackup {
  appVersion: string
  exportedAt: string
  tables: BackupTables
}

/**
 * A backup that cannot be used, with the reason in words for the person (a UserError, so
 * describeError says it as written). Nothing was changed.
 */
export class BackupError extends UserError {
  override name = 'BackupError'
}

const envelope = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.maxLength(50)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
  tables: v.record(v.string(), v.array(v.unknown())),
})

const encryptedEnvelope = v.object({
  format: v.literal(ENCRYPTED_BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.maxLength(50)),
  exportedAt: v.string(),
  kdf: v.object({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000)),
    salt: v.pipe(v.string(), v.minLength(16), v.maxLength(200)),
  }),
  cipher: v.object({
    name: v.literal('AES-GCM'),
    iv: v.pipe(v.string(), v.minLength(12), v.maxLength(100)),
  }),
  data: v.string(),
})

const DAMAGED =
  'This backup file is incomplete or damaged, so nothing was restored. If you have another copy, try that one.'
const NOT_OURS =
  'This file was not made by Steady, so nothing was restored. Choose the file whose name starts with “steady-backup”.'

export type ParsedFile =
  { kind: 'plain'; file: BackupFile } | { kind: 'encrypted'; file: EncryptedBackupFile }

/** Recognises a backup file (plain or encrypted) from its text; throws BackupError otherwise. */
export function readBackupText(text: string): ParsedFile {
  if (text.trim() === '') {
    throw new BackupError(
      'This file is empty, so nothing was restored. Choose the backup file Steady made.',
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BackupError(/^\s*\{\s*"format"\s*:\s*"steady-backup/.test(text) ? DAMAGED : NOT_OURS)
  }
  const format =
    json && typeof json === 'object' ? (json as { format?: unknown }).format : undefined
  if (format !== BACKUP_FORMAT && format !== ENCRYPTED_BACKUP_FORMAT)
    throw new BackupError(NOT_OURS)

  const version = (json as { version?: unknown }).version
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Steady (backup format ${version}; this app reads up to ${BACKUP_VERSION}). Update Steady first, then restore it. Nothing was changed.`,
    )
  }
  if (format === ENCRYPTED_BACKUP_FORMAT) {
    const result = v.safeParse(encryptedEnvelope, json)
    if (!result.success) throw new BackupError(DAMAGED)
    if (result.output.kdf.iterations > MAX_KDF_ITERATIONS) {
      throw new BackupError(
        `This backup asks for far more work to open than any Steady backup (${result.output.kdf.iterations.toLocaleString('en')} rounds), so it was not opened. Nothing was changed.`,
      )
    }
    return { kind: 'encrypted', file: result.output }
  }
  const tables = (json as { tables?: unknown }).tables
  // Checked before parsing: the parser quietly drops keys such as `__proto__` and `constructor`.
  if (tables && typeof tables === 'object') assertKnownTables(Object.keys(tables))
  const result = v.safeParse(envelope, json)
  if (!result.success) throw new BackupError(DAMAGED)
  if (result.output.schemaVersion > CURRENT_SCHEMA_VERSION) {
    // Its rows may hold what this app cannot keep: refuse rather than silently drop any of it.
    throw new BackupError(
      `This backup was made by a newer version of Steady (data version ${result.output.schemaVersion}; this app knows up to ${CURRENT_SCHEMA_VERSION}). Update Steady first, then restore it. Nothing was changed.`,
    )
  }
  return { kind: 'plain', file: result.output }
}

/** Brings a backup written by an older app up to the current shape, one version at a time. */
export function upgradeBackup(file: BackupFile): BackupFile {
  let upgraded = file
  if (upgraded.version === 1) upgraded = upgradeV1toV2(upgraded)
  return upgradeLegacyDrafts(upgraded)
}

/** v1 → v2 changed only the encrypted envelope: a v1 file's rows are already v2 rows. */
function upgradeV1toV2(file: BackupFile): BackupFile {
  return { ...file, version: 2 }
}

/** Drafts written before schema v3 become typed drafts, by the database's own upgrade. */
function upgradeLegacyDrafts(file: BackupFile): BackupFile {
  const drafts = file.tables.drafts
  if (!drafts?.some(isLegacyDraft)) return file
  return {
    ...file,
    tables: {
      ...file.tables,
      drafts: drafts.map((row) => (isLegacyDraft(row) ? upgradeDraftRow(row) : row)),
    },
  }
}

/** Rows validated in slices, yielding between them, so a backup of years never freezes the screen. */
const SLICE = 500

/**
 * Checks every row of every table. Unknown tables, damaged rows and duplicate ids are refused with
 * a message that names the row; `onProgress` reports rows checked so far.
 */
export async function validateBackup(
  file: BackupFile,
  onProgress?: (done: number, total: number) => void,
): Promise<ValidBackup> {
  const upgraded = upgradeBackup(file)
  const names = Object.keys(upgraded.tables)
  assertKnownTables(names)
  const total = names.reduce((sum, name) => sum + (upgraded.tables[name]?.length ?? 0), 0)
  let done = 0
  const tables = Object.fromEntries(
    Object.keys(BACKUP_ROW_SCHEMAS).map((name) => [name, []]),
  ) as unknown as BackupTables
  for (const name of Object.keys(BACKUP_ROW_SCHEMAS) as TableName[]) {
    const rows = upgraded.tables[name] ?? []
    const schema = BACKUP_ROW_SCHEMAS[name]
    const seen = new Set<string>()
    const valid: unknown[] = []
    for (let i = 0; i < rows.length; i++) {
      const result = v.safeParse(schema, rows[i])
      if (!result.success) {
        const issue = result.issues[0]
        const field = issue.path?.map((part) => String(part.key)).join('.') ?? 'it'
        throw new BackupError(
          `In this backup, ${ROW_NOUNS[name].one} ${i + 1} is damaged (${field} ${describeIssue(issue.message)}), so nothing was restored.`,
        )
      }
      if (seen.has(result.output.id)) {
        throw new BackupError(
          `This backup lists the same ${ROW_NOUNS[name].one} twice, so it may be damaged. Nothing was restored.`,
        )
      }
      seen.add(result.output.id)
      valid.push(result.output)
      done++
      if (done % SLICE === 0) {
        onProgress?.(done, total)
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }
    ;(tables[name] as unknown[]) = valid
  }
  if (tables.settings.length > 1) throw new BackupError(DAMAGED)
  onProgress?.(total, total)
  return { appVersion: upgraded.appVersion, exportedAt: upgraded.exportedAt, tables }
}

/** Refuses tables this app does not have (own names only: `constructor` is not a table). */
function assertKnownTables(names: string[]): void {
  for (const name of names) {
    if (!Object.hasOwn(BACKUP_ROW_SCHEMAS, name)) {
      throw new BackupError(
        `This backup holds data (“${name.slice(0, 40)}”) that this version of Steady does not know, so nothing was restored.`,
      )
    }
  }
}

function describeIssue(message: string): string {
  // valibot's default messages are technical ("Invalid type: Expected string but received 3").
  if (/^Invalid (type|key)/.test(message)) return 'is missing or of the wrong kind'
  if (/^Invalid length/.test(message)) return 'is too long'
  return message.length < 60 ? message : 'is not valid'
}
