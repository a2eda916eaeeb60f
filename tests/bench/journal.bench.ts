// How the journal holds up after years of use: three years of entries (1–3 a day, 50–2,000 characters
// each, about 2,200 in all), one very long entry, and the queries the Journal and Today screens run.
// `npm run bench` (vitest bench --run). Dexie runs over fake-indexeddb here (see tests/setup), so the
// database numbers compare versions of Steady with each other; a browser's IndexedDB is faster.
//
// The benchmark runner does not call beforeAll/beforeEach/afterEach hooks (neither these nor the
// setup file's), so each bench brings its database into the state it needs through the `setup`
// option, which tinybench calls before the warm-up and before the measured run.
import { bench, describe } from 'vitest'
import { db } from '@/db/db'
import type { JournalEntry, Mood } from '@/db/types'
import { addEntry } from '@/features/journal/data/entries'
import { groupEntriesByDay } from '@/features/journal/logic/group-by-day'
import { MAX_ENTRY_LENGTH, validateEntry } from '@/features/journal/logic/validate-entry'
import { toCalendarDay } from '@/lib/dates'

const YEARS = 3
const FIRST_PAGE = 60
const LONG_TEXT_LENGTH = 100_000

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

const WORDS = (
  'I woke up thinking about them again and it took a while to shake it off. Made coffee, walked to the ' +
  'park, called my sister. She said it gets easier and I want to believe her. Work was fine, a bit ' +
  'distracted. Saw a photo of us and had to put my phone down. Tonight I cooked something proper for ' +
  'the first time in weeks. Small win. Still miss the routine more than anything, the texts at lunch, ' +
  'the plans for the weekend. Slept badly. Tomorrow I will try the run again. Grateful for friends who ' +
  'check in without making it a big thing. Felt angry, then sad, then oddly calm. Wrote a message I ' +
  'did not send, which feels like the right call.'
).split(' ')

function makeText(next: () => number, length: number): string {
  let text = ''
  while (text.length < length) text += (text ? ' ' : '') + WORDS[Math.floor(next() * WORDS.length)]
  return text.slice(0, length)
}

/** Three years of a real-looking journal up to today: every day a check-in, some days notes as well. */
function buildJournal(): JournalEntry[] {
  const next = random(20_261_126)
  const entries: JournalEntry[] = []
  const today = new Date()
  const days = YEARS * 365
  for (let back = days - 1; back >= 0; back--) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back)
    const count = 1 + Math.floor(next() * 3)
    for (let index = 0; index < count; index++) {
      const at = new Date(date)
      at.setHours(
        8 + index * 5 + Math.floor(next() * 4),
        Math.floor(next() * 60),
        Math.floor(next() * 60),
      )
      const instant = at.toISOString()
      const isCheckIn = index === 0
      entries.push({
        id: `bench-${entries.length}`,
        kind: isCheckIn ? 'check-in' : 'note',
        day: toCalendarDay(date),
        createdAt: instant,
        updatedAt: instant,
        mood: isCheckIn || next() < 0.5 ? ((1 + Math.floor(next() * 5)) as Mood) : null,
        text: makeText(next, 50 + Math.floor(next() * 1951)),
        ...(next() < 0.2 ? { prompt: 'What helped, even a little, in the last day?' } : {}),
      })
    }
  }
  return entries
}

const JOURNAL = buildJournal()
/** As the Journal screen receives them: newest first. */
const NEWEST_FIRST = [...JOURNAL].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
const TODAY = toCalendarDay(new Date())
const LONG_TEXT = makeText(random(7), LONG_TEXT_LENGTH)
const BLANK_TEXT = ' \n'.repeat(LONG_TEXT_LENGTH / 2)
const OVER_LIMIT_TEXT = makeText(random(11), MAX_ENTRY_LENGTH + 1)
const totalChars = JOURNAL.reduce((sum, entry) => sum + entry.text.length, 0)

console.log(
  `Bench data: ${JOURNAL.length} entries over ${YEARS * 365} days (${JOURNAL[0]?.day} … ${TODAY}), ` +
    `${(totalChars / 1e6).toFixed(2)} M characters, ${Math.round(totalChars / JOURNAL.length)} per entry on average; ` +
    `long entry ${LONG_TEXT.length.toLocaleString('en')} characters (limit ${MAX_ENTRY_LENGTH.toLocaleString('en')}).`,
)

/** Exactly the three years of entries in the table, nothing else (idempotent, cheap when already so). */
async function seedJournal() {
  const count = await db.entries.count()
  if (count === JOURNAL.length && (await db.entries.get(JOURNAL[0]!.id))) return
  await db.entries.clear()
  await db.entries.bulkAdd(JOURNAL)
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Bench precondition failed: ${message}`)
}

describe('pure logic', () => {
  bench(`groupEntriesByDay: ${JOURNAL.length} entries (3 years, newest first)`, () => {
    const groups = groupEntriesByDay(NEWEST_FIRST)
    assert(groups.length === YEARS * 365, 'one group per day')
  })

  bench(`groupEntriesByDay: the first page (${FIRST_PAGE} newest entries)`, () => {
    groupEntriesByDay(NEWEST_FIRST.slice(0, FIRST_PAGE))
  })

  bench('validateEntry: 100,000-character text with a mood', () => {
    assert(validateEntry({ mood: 3, text: LONG_TEXT }) === null, 'long text is valid')
  })

  bench('validateEntry: 100,000-character text without a mood (trims the text)', () => {
    assert(validateEntry({ mood: null, text: LONG_TEXT }) === null, 'long text is valid')
  })

  // trim() stops at the first visible character, so the real worst case is a text of blanks.
  bench('validateEntry: 100,000 blank characters without a mood (worst case for trim)', () => {
    assert(validateEntry({ mood: null, text: BLANK_TEXT }) !== null, 'blank text is refused')
  })

  bench('validateEntry: 200,001 characters (over the limit: builds the message)', () => {
    assert(validateEntry({ mood: 3, text: OVER_LIMIT_TEXT }) !== null, 'over-long text is refused')
  })
})

describe('Dexie over fake-indexeddb: three years of entries', () => {
  bench(
    `entries.clear() then bulkAdd(${JOURNAL.length} entries)`,
    async () => {
      await db.entries.clear()
      await db.entries.bulkAdd(JOURNAL)
    },
    { time: 3_000, warmupIterations: 2, iterations: 20 },
  )

  bench(
    `Journal first page: orderBy('createdAt').reverse().limit(${FIRST_PAGE}) + count()`,
    async () => {
      const [entries, total] = await Promise.all([
        db.entries.orderBy('createdAt').reverse().limit(FIRST_PAGE).toArray(),
        db.entries.count(),
      ])
      assert(
        entries.length === FIRST_PAGE && total === JOURNAL.length,
        'a full first page of the seeded journal',
      )
    },
    { setup: seedJournal },
  )

  bench(
    "Today: where('day').equals(today).sortBy('createdAt')",
    async () => {
      const entries = await db.entries.where('day').equals(TODAY).sortBy('createdAt')
      assert(entries.length >= 1, 'today has entries')
    },
    { setup: seedJournal },
  )

  bench(
    'addEntry: one 100,000-character entry today (on top of 3 years)',
    async () => {
      await addEntry({ mood: 2, text: LONG_TEXT })
    },
    {
      setup: seedJournal,
      // Put the table back as it was for whatever runs next.
      teardown: async () => {
        await db.entries
          .where('day')
          .equals(TODAY)
          .and((entry) => !entry.id.startsWith('bench-'))
          .delete()
      },
    },
  )
})
