import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { saveEndingDraft, type EndsDraft } from '@/db/drafts'
import type { AppSettings } from '@/db/types'

export const DEFAULT_SETTINGS: AppSettings = {
  id: 'app',
  onboardedAt: null,
  userName: '',
  exName: '',
  pronouns: 'they',
  customPronouns: { subject: '', object: '', possessive: '' },
  theme: 'system',
  persistence: 'unknown',
  persistenceAskedAt: null,
  lastBackupAt: null,
  backupReminderDismissedAt: null,
  lock: null,
  wellbeingReminder: true,
  wellbeingReminderDismissedAt: null,
}

/** The settings row with defaults for anything not yet chosen. */
export async function readSettings(): Promise<AppSettings> {
  const row = await db.settings.get('app')
  return { ...DEFAULT_SETTINGS, ...row }
}

/** Live settings; undefined only while the first read is under way. */
export function useSettings(): AppSettings | undefined {
  return useLiveQuery(readSettings)
}

/** Changes some settings, creating the row on first use. */
export async function updateSettings(
  changes: Partial<Omit<AppSettings, 'id'>>,
  options: EndsDraft = {},
): Promise<void> {
  await saveEndingDraft([db.settings], options.draftId, async () => {
    const current = await readSettings()
    await db.settings.put({ ...current, ...changes, id: 'app' })
  })
}
