// Encryption at rest with five years of data: turning the lock on (seal every sensitive field of every
// table, batch by batch), and unlocking then reading what Today shows. `npm run bench`; Dexie runs
// over fake-indexeddb and Node's WebCrypto here, so the numbers compare versions of Steady with each
// other. The key derivation (PBKDF2, 600,000 iterations) is part of both, as it is for the person.
//
// The runner calls no hooks: each bench seeds its database in `setup`, and runs once (warm-up 0).
import { bench, describe } from 'vitest'
import { db } from '@/db/db'
import type { HabitLog, JournalEntry } from '@/db/types'
import { dropDataKey } from '@/db/vault'
import { tryUnlock, turnOnLock } from '@/features/lock/data/lock'
import { toCalendarDay } from '@/lib/dates'
import { buildEntry, buildHabit, buildHabitLog, buildUrge } from '../setup/factories'

const DAYS = 5 * 365
const PASSCODE = 'bench passcode'
const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 }

/** Five years: a check-in and a note most days, four habits logged daily, an urge a week. */
async function seedFiveYears() {
  dropDataKey()
  await Promise.all(db.tables.map((table) => table.clear()))
  const today = new Date()
  const entries: JournalEntry[] = []
  const logs: HabitLog[] = []
  const habits = Array.from({ length: 4 }, (_, index) => buildHabit({ id: `habit-${index}` }))
  const urges = []
  for (let back = 0; back < DAYS; back++) {
    const at = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 21)
    const day = toCalendarDay(at)
    entries.push(
      buildEntry({ id: `c-${back}`, at, text: `Day ${back}: ${'a quiet evening, '.repeat(20)}` }),
    )
    if (back % 3 === 0)
      entries.push(buildEntry({ id: `n-${back}`, at, kind: 'note', text: 'A note.' }))
    for (const habit of habits)
      logs.push(buildHabitLog({ id: `${habit.id}:${day}`, habitId: habit.id, day }))
    if (back % 7 === 0) urges.push(buildUrge({ id: `u-${back}`, at: at.toISOString() }))
  }
  await db.entries.bulkPut(entries)
  await db.habits.bulkPut(habits)
  await db.habitLogs.bulkPut(logs)
  await db.urges.bulkPut(urges)
}

describe('the app lock with five years of data', () => {
  bench(
    'turning the lock on: derive the key, then encrypt every row',
    async () => {
      await turnOnLock(PASSCODE, 5)
    },
    { ...ONCE, setup: seedFiveYears },
  )

  bench(
    'unlock to Today: derive and unwrap the key, then read what Today shows',
    async () => {
      const result = await tryUnlock(PASSCODE)
      if (!result.ok) throw new Error('The bench passcode did not unlock')
      const today = toCalendarDay(new Date())
      await Promise.all([
        db.settings.get('app'),
        db.entries.where('day').equals(today).toArray(),
        db.habits.toArray(),
        db.habitLogs.where('day').equals(today).toArray(),
        db.entries
          .where('day')
          .above(toCalendarDay(new Date(Date.now() - 7 * 86_400_000)))
          .toArray(),
      ])
    },
    {
      ...ONCE,
      setup: async () => {
        await seedFiveYears()
        await turnOnLock(PASSCODE, 5)
        dropDataKey()
      },
    },
  )
})
