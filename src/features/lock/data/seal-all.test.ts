import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { LockedError } from '@/db/encryption'
import { keysToFind, TAG_INDEX } from '@/db/tag-index'
import { dropDataKey, getDataKey } from '@/db/vault'
import { updateSettings } from '@/hooks/use-settings'
import { isSealed } from '@/lib/sealed-value'
import { buildEntry, seedEveryTable } from '../../../../tests/setup/factories'
import { TEST_ITERATIONS } from '../../../../tests/setup/lock'
import {
  readEveryTable,
  readStoredRows,
  sensitiveFieldsByState,
} from '../../../../tests/setup/stored'
import {
  buildLegacyLock,
  changePasscode,
  tryUnlock,
  turnOffLock,
  turnOnLock,
  WrongPasscodeError,
} from './lock'
import { finishSealing, type SealingProgress } from './seal-all'

/** Every tag index key stored, and how many entries the tag "Work" finds through them now. */
async function tagIndex() {
  const keys = (await readStoredRows('entries')).flatMap((row) => (row.tagKeys as string[]) ?? [])
  const work = await db.entries.where(TAG_INDEX).anyOf(await keysToFind('Work')).count()
  return { keys, work }
}

async function readLock() {
  return (await db.settings.get('app'))?.lock ?? null
}

/** Seeds every table and returns what the app reads back, to compare after each change. */
async function seedAll() {
  await seedEveryTable(3)
  const before = await readEveryTable()
  const { sealed, clear } = await sensitiveFieldsByState()
  expect(sealed).toEqual([])
  expect(clear.length).toBeGreaterThan(20)
  return before
}

test('turning the lock on seals every sensitive field of every table, with progress, losing nothing', async () => {
  const before = await seedAll()
  const progress: SealingProgress[] = []
  await turnOnLock('blue kettle', 5, (step) => progress.push(step))

  expect(await readLock()).toMatchObject({ encryption: 'on', resumeAt: null })
  const { clear } = await sensitiveFieldsByState()
  expect(clear).toEqual([])
  expect(progress.at(-1)).toEqual({ done: progress.at(-1)!.total, total: progress.at(-1)!.total })
  expect(progress.at(-1)!.total).toBeGreaterThan(30)
  // The tags' index keys are keyed hashes now, and still find the entries.
  const index = await tagIndex()
  expect(index.keys.length).toBeGreaterThan(0)
  expect(index.keys.every((key) => key.startsWith('#'))).toBe(true)
  expect(index.work).toBeGreaterThan(0)
  // While unlocked the app reads every row exactly as before.
  expect(await readEveryTable()).toEqual(before)

  // Locked: nothing written can be read. Unlocked again: all of it.
  dropDataKey()
  const stored = JSON.stringify(await readStoredRows('entries'))
  expect(stored).not.toContain(String((before.entries?.[0] as { text: string }).text))
  expect(await tryUnlock('blue kettle')).toEqual({ ok: true })
  expect(await readEveryTable()).toEqual(before)
})

test('a wrong passcode never decrypts anything', async () => {
  const before = await seedAll()
  await turnOnLock('blue kettle', 5)
  dropDataKey()
  for (const guess of ['blue kettle ', 'Blue kettle', '']) {
    expect(await tryUnlock(guess)).toMatchObject({ ok: false })
    expect(getDataKey()).toBeNull()
  }
  const locked = await db.entries.toArray()
  expect(locked.every((entry) => isSealed(entry.text))).toBe(true)
  expect(locked).not.toEqual(before.entries)
})

test('changing the passcode only rewraps the key: the sealed rows stay byte for byte', async () => {
  const before = await seedAll()
  await turnOnLock('blue kettle', 5)
  const sealedBefore = await readStoredRows('entries')
  const lockBefore = await readLock()

  await changePasscode('blue kettle', 'green door')
  expect(await readStoredRows('entries')).toEqual(sealedBefore)
  const lockAfter = await readLock()
  expect(lockAfter?.wrappedKey).not.toBe(lockBefore?.wrappedKey)
  expect(lockAfter?.salt).not.toBe(lockBefore?.salt)

  dropDataKey()
  expect(await tryUnlock('blue kettle')).toMatchObject({ ok: false, reason: 'wrong' })
  expect(await tryUnlock('green door')).toEqual({ ok: true })
  expect(await readEveryTable()).toEqual(before)
})

test('turning the lock off needs the passcode, then opens every row and forgets the lock', async () => {
  const before = await seedAll()
  await turnOnLock('blue kettle', 5)
  await expect(turnOffLock('nope')).rejects.toBeInstanceOf(WrongPasscodeError)
  expect((await sensitiveFieldsByState()).clear).toEqual([])

  const work = (await tagIndex()).work
  await turnOffLock('blue kettle')
  expect(await readLock()).toBeNull()
  expect((await sensitiveFieldsByState()).sealed).toEqual([])
  dropDataKey()
  // The index keys are the tags in clear again (case-folded), and find the same entries.
  const index = await tagIndex()
  expect(index.keys).toContain('work')
  expect(index.keys.some((key) => key.startsWith('#'))).toBe(false)
  expect(index.work).toBe(work)
  expect(await readEveryTable()).toEqual(before)
})

/** Makes the next batch written to `table` fail, as a tab dying or a full disk would. */
function failNextBatchOf(table: string) {
  const proto = Object.getPrototypeOf(db.habits) as { bulkPut: (...args: unknown[]) => unknown }
  const bulkPut = proto.bulkPut
  let failed = false
  vi.spyOn(proto, 'bulkPut').mockImplementation(function (this: { name: string }, ...args) {
    if (this.name === table && !failed) {
      failed = true
      return Promise.reject(new Error('injected: storage full'))
    }
    return bulkPut.apply(this, args)
  })
}

test('a failure half-way through encrypting leaves every row readable, and the next unlock finishes', async () => {
  const before = await seedAll()
  // The habits' batch fails, as when the tab dies or storage fills up in the middle.
  failNextBatchOf('habits')
  await expect(turnOnLock('blue kettle', 5)).rejects.toThrow('injected')

  const halfway = await sensitiveFieldsByState()
  expect(halfway.sealed.length).toBeGreaterThan(0)
  expect(halfway.clear.some((field) => field.startsWith('habits.'))).toBe(true)
  expect(await readLock()).toMatchObject({ encryption: 'encrypting' })
  // With the key, every row reads whole: sealed and not yet sealed alike.
  expect(await readEveryTable()).toEqual(before)

  // The tab closed: the next start asks for the passcode, and unlocking carries on from there.
  dropDataKey()
  expect(await tryUnlock('blue kettle')).toEqual({ ok: true })
  await finishSealing()
  expect(await readLock()).toMatchObject({ encryption: 'on', resumeAt: null })
  expect((await sensitiveFieldsByState()).clear).toEqual([])
  expect(await readEveryTable()).toEqual(before)
})

test('while encrypting, what is written meanwhile is sealed at once, and a tab without the key cannot write', async () => {
  await seedAll()
  failNextBatchOf('outings')
  await expect(turnOnLock('blue kettle', 5)).rejects.toThrow('injected')
  await db.entries.put(buildEntry({ id: 'meanwhile', text: 'written while encrypting' }))
  expect(
    isSealed((await readStoredRows('entries')).find((row) => row.id === 'meanwhile')?.text),
  ).toBe(true)
  dropDataKey()
  await expect(db.entries.put(buildEntry({ text: 'from another tab' }))).rejects.toBeInstanceOf(
    LockedError,
  )
})

test('a lock from before encryption is encrypted at its next unlock, with the same passcode', async () => {
  const before = await seedAll()
  await updateSettings({
    lock: await buildLegacyLock('2468', { autoLockMinutes: 5, iterations: TEST_ITERATIONS }),
  })
  expect(await tryUnlock('1357')).toMatchObject({ ok: false, reason: 'wrong' })
  expect(await tryUnlock('2468')).toEqual({ ok: true })
  await finishSealing()

  const lock = await readLock()
  expect(lock).toMatchObject({ encryption: 'on', autoLockMinutes: 5 })
  expect(lock).not.toHaveProperty('hash')
  expect((await sensitiveFieldsByState()).clear).toEqual([])
  expect(await readEveryTable()).toEqual(before)
  dropDataKey()
  expect(await tryUnlock('2468')).toEqual({ ok: true })
  expect(await readEveryTable()).toEqual(before)
})
