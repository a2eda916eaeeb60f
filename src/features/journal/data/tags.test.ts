import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { buildEntry, seedEntries } from '../../../../tests/setup/factories'
import { seedLock } from '../../../../tests/setup/lock'
import { addEntry, updateEntry } from './entries'
import { getEntriesWithTag, getEntryIdsWithTag, getTagCounts } from './tags'

test('tags are stored normalised on a new entry; none means no field at all', async () => {
  const tagged = await addEntry(
    { mood: 3, text: 'A walk', tags: [' #Walks ', 'walks', 'cafe\u0301'] },
    { now: new Date(2026, 10, 26, 9) },
  )
  const plain = await addEntry({ mood: 3, text: 'No tags' }, { now: new Date(2026, 10, 26, 10) })
  expect((await db.entries.get(tagged.id))?.tags).toEqual(['Walks', 'caf\u00e9'])
  expect(await db.entries.get(plain.id)).not.toHaveProperty('tags')
})

test('a save without tags keeps them; a save with none removes them', async () => {
  const [entry] = [buildEntry({ tags: ['work'] })]
  await seedEntries([entry!])
  await updateEntry(entry!.id, { mood: 2, text: 'Changed' })
  expect((await db.entries.get(entry!.id))?.tags).toEqual(['work'])
  await updateEntry(entry!.id, { mood: 2, text: 'Changed', tags: ['work', 'Sleep 😴'] })
  expect((await db.entries.get(entry!.id))?.tags).toEqual(['work', 'Sleep 😴'])
  await updateEntry(entry!.id, { mood: 2, text: 'Changed', tags: [] })
  expect(await db.entries.get(entry!.id)).not.toHaveProperty('tags')
  expect(await getTagCounts()).toEqual([])
})

test('too many or too long tags are refused with a kind word, and nothing is written', async () => {
  await expect(addEntry({ mood: 3, text: 'x', tags: ['y'.repeat(500)] })).rejects.toThrow(
    /up to 40 characters/,
  )
  const many = Array.from({ length: 13 }, (_, i) => `t${i}`)
  await expect(addEntry({ mood: 3, text: 'x', tags: many })).rejects.toThrow(/up to 12 tags/)
  expect(await db.entries.count()).toBe(0)
})

test('entries by tag, in any case, newest first; counts for every tag', async () => {
  const old = buildEntry({ at: new Date(2025, 0, 5, 8), tags: ['Work', 'שינה'] })
  const newer = buildEntry({ at: new Date(2026, 10, 20, 8), tags: ['work'] })
  const letter = buildEntry({ kind: 'letter', at: new Date(2026, 5, 1, 8), tags: ['work', '🌱'] })
  const untagged = buildEntry({ at: new Date(2026, 10, 21, 8) })
  await seedEntries([old, newer, letter, untagged])

  expect((await getEntriesWithTag('WORK')).map((e) => e.id)).toEqual([newer.id, letter.id, old.id])
  expect((await getEntriesWithTag(' #work ', { limit: 1 })).map((e) => e.id)).toEqual([newer.id])
  expect((await getEntryIdsWithTag('שינה')).sort()).toEqual([old.id])
  expect(await getEntriesWithTag('')).toEqual([])
  expect(await getEntriesWithTag('<script>')).toEqual([])
  expect(await getTagCounts()).toEqual([
    { tag: 'work', count: 3 },
    { tag: '🌱', count: 1 },
    { tag: 'שינה', count: 1 },
  ])
})

test('while locked, tag counts and tagged entries give nothing away and throw nothing', async () => {
  await seedEntries([buildEntry({ tags: ['work'] }), buildEntry({ tags: ['Work', 'sleep'] })])
  await seedLock('2468')
  expect(await getTagCounts()).toEqual([])
  expect(await getEntryIdsWithTag('work')).toEqual([])
})
