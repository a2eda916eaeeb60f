import type { AppSettings } from '@/db/types'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import type { BackupTables } from './backup-format'

/** The settings a person chooses about themselves and the app's look: what a restore may bring back. */
export const PROFILE_FIELDS = [
  'userName',
  'exName',
  'pronouns',
  'customPronouns',
  'theme',
] as const satisfies readonly (keyof AppSettings)[]

type Profile = Pick<AppSettings, (typeof PROFILE_FIELDS)[number]>

/**
 * Whether this device's names, pronouns and theme were ever chosen. A new phone has a settings row
 * from the welcome even when nothing was typed: its defaults must not block the backup's names.
 */
export function hasOwnProfile(settings: Partial<Profile> | undefined): boolean {
  if (!settings) return false
  return !sameProfile({ ...DEFAULT_SETTINGS, ...settings }, DEFAULT_SETTINGS)
}

/** Whether restoring would change the names, pronouns or theme, so the person must choose. */
export function profileDiffers(
  here: Partial<Profile> | undefined,
  backup: BackupTables['settings'][number] | undefined,
): boolean {
  if (!backup) return false
  return !sameProfile({ ...DEFAULT_SETTINGS, ...here }, backup)
}

function sameProfile(a: Profile, b: Profile): boolean {
  return PROFILE_FIELDS.every((field) => stable(a[field]) === stable(b[field]))
}

/** JSON with keys in a fixed order, so two equal objects written in different orders compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(
    value,
    value && typeof value === 'object' ? Object.keys(value).sort() : undefined,
  )
}
