import { db } from '@/db/db'
import type { CalendarDay } from '@/db/types'
import { readSettings, updateSettings } from '@/hooks/use-settings'
import { findCountry, type CountryCode } from '../logic/helplines'

/** Keeps the country for talk lines; null is "somewhere else" (the international directory). */
export async function chooseCountry(code: CountryCode | null): Promise<void> {
  await updateSettings({ country: code && findCountry(code) ? code : null })
}

/**
 * Whether the gentle word after a very low check-in may be shown today, recording that it was. At
 * most once a day, however many low entries follow: a kind word, never a nag.
 */
export async function claimLowDayNote(day: CalendarDay): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const settings = await readSettings()
    if (settings.lowDayNoteShownOn === day) return false
    await db.settings.put({ ...settings, lowDayNoteShownOn: day })
    return true
  })
}
