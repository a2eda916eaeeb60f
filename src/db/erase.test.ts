import { expect, onTestFinished, test, vi } from 'vitest'
import { updateSettings } from '@/hooks/use-settings'
import { buildDraftOf, buildEntry, seedEntries } from '../../tests/setup/factories'
import { seedLock } from '../../tests/setup/lock'
import { db } from './db'
import { eraseEverything } from './erase'

function fakeCaches(names: string[]) {
  const remaining = new Set(names)
  const storage = {
    keys: vi.fn(async () => [...remaining]),
    delete: vi.fn(async (name: string) => remaining.delete(name)),
  }
  vi.stubGlobal('caches', storage)
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  return { storage, remaining }
}

test('erasing removes every row of every table, local and session storage', async () => {
  await updateSettings({ onboardedAt: '2026-11-01T09:00:00.000Z', userName: 'Sam' })
  await seedEntries([buildEntry(), buildEntry()])
  await db.drafts.put(
    buildDraftOf(
      'new-entry',
      'entry',
      { mood: 2, text: 'unsaved', prompt: '' },
      { updatedAt: '2026-11-26T21:00:00.000Z', writer: 'tab' },
    ),
  )
  localStorage.setItem('steady-theme', 'dark')
  sessionStorage.setItem('something', 'x')

  await eraseEverything()

  for (const table of db.tables) expect(await table.count(), table.name).toBe(0)
  expect(localStorage.length).toBe(0)
  expect(sessionStorage.length).toBe(0)
  // The app carries on with a fresh, empty database until it reloads.
  await updateSettings({ userName: 'New start' })
  expect((await db.settings.get('app'))?.userName).toBe('New start')
})

test('every cache goes except the app’s own files, which keep Steady opening offline', async () => {
  const { remaining } = fakeCaches([
    'workbox-precache-v2-https://steady.example/',
    'steady-runtime',
    'anything-else',
  ])
  await eraseEverything()
  expect([...remaining]).toEqual(['workbox-precache-v2-https://steady.example/'])
})

test('without Cache Storage (an older browser, or no secure origin) erasing still works', async () => {
  expect(typeof caches).toBe('undefined')
  await seedEntries([buildEntry()])
  await eraseEverything()
  expect(await db.entries.count()).toBe(0)
})

test('with the lock on, the wrapped key is destroyed before anything else is deleted', async () => {
  await seedEntries([buildEntry({ text: 'sealed words' })])
  await seedLock('2468')
  let lockWhenDeleting: unknown = 'not read'
  const deleteDatabase = db.delete.bind(db)
  vi.spyOn(db, 'delete').mockImplementation((options) =>
    db.settings.get('app').then((row) => {
      lockWhenDeleting = row?.lock
      return deleteDatabase(options)
    }),
  )
  await eraseEverything()
  expect(lockWhenDeleting).toMatchObject({ encryption: 'on' })
  expect(lockWhenDeleting).not.toHaveProperty('wrappedKey')
  expect(await db.entries.count()).toBe(0)
})
