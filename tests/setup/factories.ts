import { db } from '@/db/db'
import type { Draft, DraftFieldsByKind, DraftKind, DraftOf, JournalEntry } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'

let counter = 0

/** A journal entry row; `at` sets both its day and its creation time. */
export function buildEntry(overrides: Partial<JournalEntry> & { at?: Date } = {}): JournalEntry {
  const { at = new Date(2026, 10, 20, 21, 30), ...rest } = overrides
  counter++
  return {
    id: `entry-${counter}`,
    kind: 'check-in',
    day: toCalendarDay(at),
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    mood: 3,
    text: `Entry number ${counter}`,
    ...rest,
  }
}

export async function seedEntries(entries: JournalEntry[]) {
  await db.entries.bulkAdd(entries)
}

/** A typed draft row, as a form would write it. */
export function buildDraft<K extends DraftKind>(
  id: string,
  kind: K,
  fields: DraftFieldsByKind[K],
  overrides: Partial<Omit<DraftOf<K>, 'kind' | 'fields'>> = {},
): Draft {
  return {
    id,
    kind,
    fields,
    baseUpdatedAt: null,
    updatedAt: '2026-11-26T21:00:00.000Z',
    writer: 'another-tab',
    ...overrides,
  } as Draft
}

/** A stored draft's fields, whatever its kind; undefined when there is no draft. */
export async function readDraftFields(id: string): Promise<Record<string, unknown> | undefined> {
  return (await db.drafts.get(id))?.fields
}
