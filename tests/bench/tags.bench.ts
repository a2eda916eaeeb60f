// Tags after five years of use: 1–3 entries a day (about 3,650 in all), a third of them tagged with
// one to three of twenty tags (some in another case). The Journal's tag filter reads these two
// queries: every tag with its count (from the tag index's keys, a few entries to spell them) and the
// entries of one tag. `npm run bench`; Dexie over fake-indexeddb, so compare runs with each other.
import { bench, describe } from 'vitest'
import { db } from '@/db/db'
import type { JournalEntry } from '@/db/types'
import { getEntriesWithTag, getTagCounts } from '@/features/journal/data/tags'
import { toCalendarDay } from '@/lib/dates'

const YEARS = 5
const TAGS = [
  'walks',
  'Work',
  'sleep',
  'family',
  'friends',
  'gym',
  'therapy',
  'music',
  'cooking',
  'reading',
  'beach',
  'work',
  'שינה',
  'عمل',
  '🌱 growth',
  'weekend',
  'anxious',
  'calm',
  'letters',
  'hobby',
]

/** A small seeded generator, so every run measures the same data. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function buildJournal(): JournalEntry[] {
  const next = random(8)
  const entries: JournalEntry[] = []
  const today = new Date()
  for (let back = YEARS * 365 - 1; back >= 0; back--) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 20)
    const count = 1 + Math.floor(next() * 3)
    for (let index = 0; index < count; index++) {
      const at = new Date(date.getTime() + index * 3_600_000).toISOString()
      const tags = new Set<string>()
      if (next() < 1 / 3) {
        const n = 1 + Math.floor(next() * 3)
        for (let i = 0; i < n; i++) tags.add(TAGS[Math.floor(next() * TAGS.length)]!)
      }
      entries.push({
        id: `tags-bench-${entries.length}`,
        kind: index === 0 ? 'check-in' : 'note',
        day: toCalendarDay(date),
        createdAt: at,
        updatedAt: at,
        mood: 3,
        text: 'A day.',
        ...(tags.size > 0 ? { tags: [...tags] } : {}),
      })
    }
  }
  return entries
}

const JOURNAL = buildJournal()
const TAGGED = JOURNAL.filter((entry) => entry.tags).length
console.log(`Bench data: ${JOURNAL.length} entries over ${YEARS} years, ${TAGGED} of them tagged.`)

async function seedJournal() {
  const count = await db.entries.count()
  if (count === JOURNAL.length && (await db.entries.get(JOURNAL[0]!.id))) return
  await db.entries.clear()
  await db.entries.bulkAdd(JOURNAL)
}

describe('tags over five years', () => {
  bench(
    'getTagCounts: every tag with its count, from the index keys',
    async () => {
      const counts = await getTagCounts()
      if (counts.length !== TAGS.length - 1) throw new Error('"Work" and "work" count as one')
    },
    { setup: seedJournal },
  )

  bench(
    'getEntriesWithTag: the entries of one tag, newest first',
    async () => {
      const entries = await getEntriesWithTag('walks')
      if (entries.length === 0) throw new Error('some entries carry "walks"')
    },
    { setup: seedJournal },
  )
})
