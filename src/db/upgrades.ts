import type { Transaction } from 'dexie'
import { tagKey } from '@/lib/tag-text'
import type { TableName } from './rows'
import { SENSITIVE_FIELDS } from './sensitive-fields'
import type { AppLock, Draft, LegacyDraft } from './types'

/**
 * Named upgrade functions, one per schema version that changes rows. Each is pure about its rows
 * (so a backup written by an older version can be brought up to date the same way) and never
 * drops a word: anything it does not recognise is kept as text the person can still see.
 */

const LAST_MESSAGE_KEYS = ['apology', 'space', 'doingWell'] as const

/** v2's last-message draft packed its three parts into `text` as JSON. */
function readLegacyLastMessage(text: string): {
  apology: string
  space: string
  doingWell: string
} {
  const parts = { apology: '', space: '', doingWell: '' }
  if (text.trim() === '') return parts
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ...parts, apology: text }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ...parts, apology: text }
  const record = parsed as Record<string, unknown>
  for (const key of LAST_MESSAGE_KEYS) {
    const value = record[key]
    if (typeof value === 'string') parts[key] = value
  }
  return parts
}

/** One v1/v2 draft row as a v3 typed draft. */
export function upgradeDraftRow(row: LegacyDraft): Draft {
  const common = { id: row.id, baseUpdatedAt: null, updatedAt: row.updatedAt, writer: row.writer }
  if (row.id === 'last-message') {
    return { ...common, kind: 'last-message', fields: readLegacyLastMessage(row.text) }
  }
  if (row.id === 'unsent-letter') return { ...common, kind: 'letter', fields: { text: row.text } }
  // Today's composer, an entry's edit and anything unknown: an entry draft keeps mood and text.
  return {
    ...common,
    kind: 'entry',
    fields: { mood: row.mood ?? null, text: row.text ?? '', prompt: row.prompt ?? '' },
  }
}

/** True for a row still in the v1/v2 shape (a backup file can hold either). */
export function isLegacyDraft(row: unknown): row is LegacyDraft {
  return (
    typeof row === 'object' &&
    row !== null &&
    !('kind' in row) &&
    'text' in row &&
    typeof (row as { text: unknown }).text === 'string'
  )
}

/** v2 → v3: every draft becomes a typed draft. */
export async function upgradeDraftsToV3(tx: Transaction): Promise<void> {
  await tx
    .table('drafts')
    .toCollection()
    .modify((row: LegacyDraft, ref: { value: unknown }) => {
      ref.value = upgradeDraftRow(row)
    })
}

/**
 * v9 → v10: the tag index moves from the tags to `tagKeys` (see src/db/tag-index.ts). No key is in
 * memory while the database opens, so every tagged entry gets its keys in clear (as v9's index
 * had them); under a lock, the tags are still in clear too, as v9 left them, so the lock goes back
 * to `encrypting` from the entries on: its next unlock seals the tags and makes their keys blind,
 * batch by batch and resumable, as turning the lock on does.
 */
export async function upgradeTagIndexToV10(tx: Transaction): Promise<void> {
  await tx
    .table('entries')
    .filter((row: { tags?: unknown }) => Array.isArray(row.tags) && row.tags.length > 0)
    .modify((row: { tags: string[]; tagKeys?: string[] }) => {
      row.tagKeys = [...new Set(row.tags.map(tagKey))]
    })
  const settings = tx.table('settings')
  const row = (await settings.get('app')) as { lock?: AppLock | null } | undefined
  const lock = row?.lock
  if (!lock || (lock.encryption !== 'on' && lock.encryption !== 'encrypting')) return
  const order = Object.keys(SENSITIVE_FIELDS) as TableName[]
  const resumed = lock.resumeAt ? order.indexOf(lock.resumeAt.table as TableName) : 0
  // Already at the entries or before them: the run will seal the tags when it gets there.
  if (lock.encryption === 'encrypting' && resumed <= order.indexOf('entries')) return
  await settings.put({
    ...row,
    lock: { ...lock, encryption: 'encrypting', resumeAt: { table: 'entries', afterId: null } },
  })
}
