// How the journal holds up after years of use: the five-year dataset's journal (tests/bench/
// generate.ts, the generator `npm run bench` writes into Chromium: 1,825 days of check-ins up to
// 5,000 characters, a second note on some nights, tags), one very long entry, and the queries the
// Journal and Today screens run. `npm run bench:functions` (vitest bench --run). Dexie runs over
// fake-indexeddb here (see tests/setup), so the database numbers compare versions of Steady with
// each other; a browser's IndexedDB is faster.
//
// The benchmark runner does not call beforeAll/beforeEach/afterEach hooks (neither these nor the
// setup file's), so each bench brings its database into the state it needs through the `setup`
// option, which tinybench calls before the warm-up and before the measured run.
import { bench, describe } from 'vitest'
import { db } from '@/db/db'
import { addEntry } from '@/features/journal/data/entries'
import { groupEntriesByDay } from '@/features/journal/logic/group-by-day'
import { MAX_ENTRY_LENGTH, validateEntry } from '@/features/journal/logic/validate-entry'
import { toCalendarDay } from '@/lib/dates'
import { EMPTY, FIVE_YEARS, generateDataset } from './generate'

const FIRST_PAGE = 60
const LONG_TEXT_LENGTH = 100_000

/** Gentle words for the long texts (the generator's own texts are for the entries). */
function makeText(seed: number, length: number): string {
  const words = 'I wrote instead of texting and it helped a little tonight'.split(' ')
  let text = ''
  for (let index = seed; text.length < length; index++) {
    text += (text ? ' ' : '') + words[index % words.length]
  }
  return text.slice(0, length)
}

// The journal of the five-year dataset, written once through the app's own addEntry (the other
// tables stay empty: these benches read entries only), and a check-in today, as Today shows it.
await db.delete()
await db.open()
await generateDataset({
  size: { ...EMPTY, days: FIVE_YEARS.days, maxNote: FIVE_YEARS.maxNote },
})
await addEntry({ mood: 3, text: 'Today, as Today shows it.' })
const JOURNAL = await db.entries.toArray()
/** As the Journal screen receives them: newest first. */
const NEWEST_FIRST = [...JOURNAL].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
const DAYS = new Set(JOURNAL.map((entry) => entry.day)).size
const TODAY = toCalendarDay(new Date())
const LONG_TEXT = makeText(7, LONG_TEXT_LENGTH)
const BLANK_TEXT = ' \n'.repeat(LONG_TEXT_LENGTH / 2)
const OVER_LIMIT_TEXT = makeText(11, MAX_ENTRY_LENGTH + 1)
const totalChars = JOURNAL.reduce((sum, entry) => sum + entry.text.length, 0)

console.log(
  `Bench data: ${JOURNAL.length} entries over ${DAYS} days (${NEWEST_FIRST.at(-1)?.day} … ${TODAY}), ` +
    `${(totalChars / 1e6).toFixed(2)} M characters, ${Math.round(totalChars / JOURNAL.length)} per entry on average; ` +
    `long entry ${LONG_TEXT.length.toLocaleString('en')} characters (limit ${MAX_ENTRY_LENGTH.toLocaleString('en')}).`,
)

/** Exactly the generated entries in the table, nothing else (idempotent, cheap when already so). */
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
  bench(`groupEntriesByDay: ${JOURNAL.length} entries (five years, newest first)`, () => {
    const groups = groupEntriesByDay(NEWEST_FIRST)
    assert(groups.length === DAYS, 'one group per day')
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

describe('Dexie over fake-indexeddb: five years of entries', () => {
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
    'addEntry: one 100,000-character entry today (on top of five years)',
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
