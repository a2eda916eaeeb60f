import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '@/db/db'
import type { JournalEntry } from '@/db/types'
import { readWithoutWords } from '@/db/without-words'
import { collectMoodDays, type MoodDays, type MoodSource } from '../logic/mood'

/**
 * Every day's mood and check-in, in one read of the journal (only day, kind, mood and time are
 * kept from each entry), worked out again only when the journal changes. Undefined while loading.
 */
export function useMoodDays(): MoodDays | undefined {
  const rows = useLiveQuery(async () => {
    // One getAll, not a cursor: a cursor is a round trip per row (about 100 ms more with five
    // years of entries, measured in `npm run bench`), for about 2 MB more heap while Progress is open.
    // Without the words: under the lock, nothing is decrypted just to read moods.
    const entries: Pick<JournalEntry, 'day' | 'kind' | 'mood' | 'createdAt'>[] =
      await readWithoutWords([db.entries], () => db.entries.toArray())
    const sources: MoodSource[] = []
    for (const entry of entries) {
      if (entry.mood !== null || entry.kind === 'check-in') {
        sources.push({
          day: entry.day,
          kind: entry.kind,
          mood: entry.mood,
          createdAt: entry.createdAt,
        })
      }
    }
    return sources
  })
  return useMemo(() => rows && collectMoodDays(rows), [rows])
}
