import { expect, test, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import { isSealed } from '@/lib/sealed-value'
import { buildEntry, buildOuting } from '../../tests/setup/factories'
import { db } from './db'
import { LockedError } from './encryption'
import { SENSITIVE_FIELDS } from './sensitive-fields'
import { keysToFind } from './tag-index'
import type { AppLock } from './types'
import { dropDataKey, setDataKey } from './vault'
import { readWithoutWords } from './without-words'

const ON: AppLock = {
  salt: 'c2FsdA==',
  iterations: 1000,
  wrappedKey: 'a2V5',
  wrapIv: 'aXY=',
  encryption: 'on',
  autoLockMinutes: 5,
  failedAttempts: 0,
  lastFailedAt: null,
}

function newKey() {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
}

/** Turns encryption on with a fresh key held in memory, as unlocking does. */
async function encryptionOn(lock: Partial<AppLock> = {}) {
  setDataKey(await newKey())
  await db.settings.put({ ...DEFAULT_SETTINGS, userName: 'Sam', lock: { ...ON, ...lock } })
}

/** The row as IndexedDB holds it, past the middleware. */
async function readStored(table: string, key: string): Promise<Record<string, unknown>> {
  const idb = db.backendDB()
  return new Promise((resolve, reject) => {
    const request = idb.transaction(table).objectStore(table).get(key)
    request.onsuccess = () => resolve(request.result as Record<string, unknown>)
    request.onerror = () => reject(request.error)
  })
}

test('with encryption on, sensitive fields are sealed in storage and read back in clear', async () => {
  await encryptionOn()
  const entry = buildEntry({ id: 'e1', text: 'I miss the walks 🌧️ مرحبا', mood: 2 })
  await db.entries.put(entry)

  const stored = await readStored('entries', 'e1')
  expect(isSealed(stored.text)).toBe(true)
  expect(JSON.stringify(stored)).not.toContain('walks')
  // What indexes and the app's maths need stays in clear.
  expect(stored).toMatchObject({ id: 'e1', day: entry.day, mood: 2, createdAt: entry.createdAt })
  expect(await db.entries.get('e1')).toEqual(entry)
  expect(isSealed((await readStored('settings', 'app')).userName)).toBe(true)
})

test('the same words twice are sealed differently: each field gets its own random IV', async () => {
  await encryptionOn()
  await db.entries.bulkPut([
    buildEntry({ id: 'a', text: 'same' }),
    buildEntry({ id: 'b', text: 'same' }),
  ])
  const [a, b] = [await readStored('entries', 'a'), await readStored('entries', 'b')]
  expect(a.text).not.toEqual(b.text)
})

test('without the key, a write in clear into an encrypted database is refused and nothing lands', async () => {
  await encryptionOn()
  dropDataKey()
  await expect(db.entries.put(buildEntry({ id: 'e2', text: 'secret' }))).rejects.toThrow(
    LockedError,
  )
  expect(await readStored('entries', 'e2')).toBeUndefined()
})

test('without the key, reads return sealed fields sealed, and writing them back keeps them sealed', async () => {
  await encryptionOn()
  await db.entries.put(buildEntry({ id: 'e3', text: 'kept' }))
  dropDataKey()
  const locked = await db.settings.get('app')
  expect(isSealed(locked?.userName)).toBe(true)
  // The lock screen's try counter rewrites the settings row while locked.
  await db.settings.put({ ...locked!, lock: { ...ON, failedAttempts: 1 } })
  expect(isSealed((await readStored('settings', 'app')).userName)).toBe(true)
  expect(isSealed((await db.entries.get('e3'))?.text)).toBe(true)
})

test('tags are sealed, and their index keys are keyed hashes that say nothing and still find them', async () => {
  await encryptionOn()
  const entry = buildEntry({ id: 't1', tags: ['Secret place', 'Work'] })
  await db.entries.put(entry)
  await db.entries.put(buildEntry({ id: 't2', tags: ['work'] }))

  const stored = await readStored('entries', 't1')
  expect(isSealed(stored.tags)).toBe(true)
  expect(stored.tagKeys).toEqual([
    expect.stringMatching(/^#[A-Za-z0-9+/]{43}=$/),
    expect.stringMatching(/^#[A-Za-z0-9+/]{43}=$/),
  ])
  expect(JSON.stringify(stored)).not.toMatch(/secret|work/i)
  // "Work" and "work" are one tag: one key, whatever the case.
  expect((await readStored('entries', 't2')).tagKeys).toEqual([(stored.tagKeys as string[])[1]])
  // Read back: the tags in clear, the index keys (the layer's own) not at all.
  expect(await db.entries.get('t1')).toEqual(entry)
  const found = await db.entries
    .where('tagKeys')
    .anyOf(await keysToFind(' #WORK'))
    .primaryKeys()
  expect(found.sort()).toEqual(['t1', 't2'])

  // Written back as read while locked (sealed), the row keeps its index keys.
  dropDataKey()
  await db.entries.put((await db.entries.get('t1'))!)
  expect((await readStored('entries', 't1')).tagKeys).toEqual(stored.tagKeys)
})

test('another key derives other index keys: the same tag in another database does not match', async () => {
  await encryptionOn()
  await db.entries.put(buildEntry({ id: 't3', tags: ['work'] }))
  const first = (await readStored('entries', 't3')).tagKeys
  await encryptionOn()
  await db.entries.put(buildEntry({ id: 't4', tags: ['work'] }))
  expect((await readStored('entries', 't4')).tagKeys).not.toEqual(first)
})

test('another key never opens what one key sealed', async () => {
  await encryptionOn()
  await db.entries.put(buildEntry({ id: 'e4', text: 'mine' }))
  setDataKey(await newKey())
  await expect(db.entries.get('e4')).rejects.toThrow()
})

test('with the lock off (or from before encryption), rows are written in clear', async () => {
  setDataKey(await newKey())
  await db.entries.put(buildEntry({ id: 'e5', text: 'plain' }))
  expect((await readStored('entries', 'e5')).text).toBe('plain')
  const legacy: AppLock = { ...ON, encryption: undefined, wrappedKey: undefined, hash: 'aGFzaA==' }
  await db.settings.put({ ...DEFAULT_SETTINGS, lock: legacy })
  await db.entries.put(buildEntry({ id: 'e6', text: 'plain too' }))
  expect((await readStored('entries', 'e6')).text).toBe('plain too')
})

test('a transaction that reads, waits on WebCrypto and writes again stays open', async () => {
  await encryptionOn()
  await db.entries.bulkPut([
    buildEntry({ id: 'r1', text: 'one' }),
    buildEntry({ id: 'r2', text: 'two' }),
  ])
  await db.transaction('rw', db.entries, async () => {
    const first = await db.entries.get('r1')
    await db.entries.put({ ...first!, text: `${first!.text} and more` })
    const second = await db.entries.get('r2')
    await db.entries.put({ ...second!, text: `${second!.text} and more` })
  })
  expect((await db.entries.get('r1'))?.text).toBe('one and more')
  expect((await db.entries.get('r2'))?.text).toBe('two and more')
})

test('queries, cursors, filters, modify and update all see plain rows', async () => {
  await encryptionOn()
  await db.outings.bulkPut([
    buildOuting({ id: 'o1', withWhom: 'Sam', day: '2026-11-01' }),
    buildOuting({ id: 'o2', withWhom: 'Alex', day: '2026-11-02' }),
  ])
  expect(
    (await db.outings.where('day').above('2026-10-31').toArray()).map((o) => o.withWhom),
  ).toEqual(['Sam', 'Alex'])
  const seen: string[] = []
  await db.outings.each((outing) => seen.push(outing.withWhom))
  expect(seen).toEqual(['Sam', 'Alex'])
  expect(
    (await db.outings.filter((o) => o.withWhom === 'Alex').toArray()).map((o) => o.id),
  ).toEqual(['o2'])
  expect((await db.outings.orderBy('day').reverse().first())?.withWhom).toBe('Alex')

  await db.outings.update('o1', { note: 'bring the cake' })
  await db.outings
    .where('day')
    .equals('2026-11-02')
    .modify((o) => {
      o.title = `${o.title}!`
    })
  expect(await db.outings.get('o1')).toMatchObject({ withWhom: 'Sam', note: 'bring the cake' })
  expect((await db.outings.get('o2'))?.title).toMatch(/!$/)
  const stored = await readStored('outings', 'o1')
  expect(isSealed(stored.note)).toBe(true)
  expect(isSealed(stored.withWhom)).toBe(true)
})

test('no index is ever on a sensitive field', () => {
  for (const table of db.tables) {
    const sensitive = SENSITIVE_FIELDS[table.name as keyof typeof SENSITIVE_FIELDS].map(String)
    const indexed = table.schema.indexes.flatMap((index) =>
      Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath ?? ''],
    )
    expect(
      indexed.filter((path) => sensitive.includes(path.split('.')[0]!)),
      table.name,
    ).toEqual([])
    expect(sensitive, table.name).not.toContain(table.schema.primKey.keyPath)
  }
})

test('a read without words decrypts nothing and returns no words, with the lock on or off', async () => {
  await encryptionOn()
  await db.entries.bulkPut([
    buildEntry({ id: 'e1', text: 'The walk by the river', prompt: 'What helped?', mood: 4 }),
    buildEntry({ id: 'e2', text: 'A long day', tags: ['work'], mood: null, kind: 'check-in' }),
  ])
  const decrypt = vi.spyOn(crypto.subtle, 'decrypt')
  try {
    const rows = await readWithoutWords([db.entries], () => db.entries.orderBy('id').toArray())
    expect(decrypt).not.toHaveBeenCalled()
    expect(rows.map(({ id, mood, kind }) => ({ id, mood, kind }))).toEqual([
      { id: 'e1', mood: 4, kind: 'check-in' },
      { id: 'e2', mood: null, kind: 'check-in' },
    ])
    for (const row of rows) {
      for (const field of [...SENSITIVE_FIELDS.entries, 'tagKeys'])
        expect(row).not.toHaveProperty(field)
    }
    // Only that transaction: a read beside it still opens the words.
    expect((await db.entries.get('e1'))?.text).toBe('The walk by the river')
    expect(decrypt).toHaveBeenCalled()

    // With the lock off the rows have the same shape, so nothing can come to depend on the words.
    await db.settings.update('app', { lock: null })
    dropDataKey()
    await db.entries.put(buildEntry({ id: 'e3', text: 'In clear', mood: 3 }))
    const clear = await readWithoutWords([db.entries], () => db.entries.get('e3'))
    expect(clear).toMatchObject({ id: 'e3', mood: 3 })
    expect(clear).not.toHaveProperty('text')
  } finally {
    decrypt.mockRestore()
  }
})
