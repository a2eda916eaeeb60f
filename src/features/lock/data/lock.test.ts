import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { PBKDF2_ITERATIONS } from '@/lib/crypto'
import { seedLock, TEST_ITERATIONS } from '../../../../tests/setup/lock'
import { buildLock, checkPasscode, tryUnlock, turnOnLock } from './lock'

async function readLock() {
  return (await db.settings.get('app'))?.lock ?? null
}

test('the app makes every lock with the full PBKDF2 count and a fresh salt, never the passcode', async () => {
  await turnOnLock('2468', 15)
  const lock = await readLock()
  expect(lock).toMatchObject({ iterations: PBKDF2_ITERATIONS, autoLockMinutes: 15 })
  expect(JSON.stringify(lock)).not.toContain('2468')
  const again = await buildLock('2468', { autoLockMinutes: 15, iterations: TEST_ITERATIONS })
  expect(again.salt).not.toBe(lock?.salt)
  expect(again.hash).not.toBe(lock?.hash)
})

test('a passcode is checked with the salt and count stored beside it', async () => {
  const lock = await buildLock('café 12', { autoLockMinutes: 5, iterations: TEST_ITERATIONS })
  expect(await checkPasscode(lock, 'café 12')).toBe(true)
  // The same words typed with a combining accent are the same passcode.
  expect(await checkPasscode(lock, 'cafe\u0301 12')).toBe(true)
  expect(await checkPasscode(lock, 'Café 12')).toBe(false)
  expect(await checkPasscode({ ...lock, iterations: TEST_ITERATIONS + 1 }, 'café 12')).toBe(false)
})

test('wrong tries are counted in a row, and the third one starts a wait', async () => {
  await seedLock('2468')
  expect(await tryUnlock('1')).toEqual({ ok: false, reason: 'wrong', failedAttempts: 1, waitMs: 0 })
  expect(await tryUnlock('2')).toEqual({ ok: false, reason: 'wrong', failedAttempts: 2, waitMs: 0 })
  expect(await tryUnlock('3')).toEqual({
    ok: false,
    reason: 'wrong',
    failedAttempts: 3,
    waitMs: 30_000,
  })
  expect(await readLock()).toMatchObject({ failedAttempts: 3, lastFailedAt: expect.any(String) })
})

test('during a wait even the right passcode is not checked, and nothing more is counted', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-26T22:00:00Z'))
  await seedLock('2468', { failedAttempts: 3, lastFailedAt: '2026-11-26T21:59:50.000Z' })
  expect(await tryUnlock('2468')).toEqual({ ok: false, reason: 'waiting', waitMs: 20_000 })
  expect(await readLock()).toMatchObject({ failedAttempts: 3 })

  vi.setSystemTime(new Date('2026-11-26T22:00:21Z'))
  expect(await tryUnlock('2468')).toEqual({ ok: true })
  expect(await readLock()).toMatchObject({ failedAttempts: 0, lastFailedAt: null })
})

test('with no lock set there is nothing to unlock', async () => {
  expect(await tryUnlock('anything')).toEqual({ ok: false, reason: 'no-lock' })
})
