import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { PBKDF2_ITERATIONS } from '@/lib/crypto'
import { seedLock, TEST_ITERATIONS } from '../../../../tests/setup/lock'
import {
  buildLock,
  changePasscode,
  checkPasscode,
  PASSCODE_CHECK_LOCK,
  PasscodeWaitError,
  tryUnlock,
  turnOffLock,
  turnOnLock,
  WrongPasscodeError,
} from './lock'

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
  expect(again.wrappedKey).not.toBe(lock?.wrappedKey)
  expect(lock).not.toHaveProperty('hash')
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

test('eight tries at once are checked one after another: three count, the rest wait unchecked', async () => {
  await seedLock('2468')
  const results = await Promise.all(
    ['1', '2', '3', '4', '5', '6', '7', '2468'].map((guess) => tryUnlock(guess)),
  )
  expect(results.filter((result) => !result.ok && result.reason === 'wrong')).toHaveLength(3)
  expect(results.filter((result) => !result.ok && result.reason === 'waiting')).toHaveLength(5)
  // Even the right passcode, tried during the wait, was not checked.
  expect(results.at(-1)).toMatchObject({ ok: false, reason: 'waiting' })
  expect(await readLock()).toMatchObject({ failedAttempts: 3 })
})

test('a try is counted before the slow hash, so a check cut short still counts', async () => {
  await seedLock('2468')
  // The hash is held mid-way, as when the tab is closed in the middle of it.
  let finish = (_bits: ArrayBuffer) => {}
  const unwrap = crypto.subtle.unwrapKey.bind(crypto.subtle)
  const held = new Promise<ArrayBuffer>((resolve) => (finish = resolve))
  vi.spyOn(crypto.subtle, 'unwrapKey').mockImplementation(async (...args) => {
    await held
    // Whatever the hash came to, it is not the passcode's: the unwrap fails as for a wrong one.
    return unwrap(
      args[0],
      new Uint8Array(40),
      ...(args.slice(2) as [CryptoKey, AesGcmParams, AesKeyAlgorithm, boolean, KeyUsage[]]),
    )
  })
  const attempt = tryUnlock('2468')
  await vi.waitFor(async () => expect(await readLock()).toMatchObject({ failedAttempts: 1 }))
  finish(new ArrayBuffer(32))
  expect(await attempt).toMatchObject({ ok: false, reason: 'wrong', failedAttempts: 1 })
})

test('the right passcode clears the try counted for it', async () => {
  await seedLock('2468', { failedAttempts: 2, lastFailedAt: new Date().toISOString() })
  expect(await tryUnlock('2468')).toEqual({ ok: true })
  expect(await readLock()).toMatchObject({ failedAttempts: 0, lastFailedAt: null })
})

test('turning the lock off goes through the same back-off as the lock screen', async () => {
  await seedLock('2468', { failedAttempts: 1, lastFailedAt: new Date().toISOString() })
  await expect(turnOffLock('0000')).rejects.toBeInstanceOf(WrongPasscodeError)
  await expect(turnOffLock('1111')).rejects.toBeInstanceOf(WrongPasscodeError)
  // Three wrong in a row (one on the lock screen, two here): now even the right one waits.
  const waiting = turnOffLock('2468')
  await expect(waiting).rejects.toBeInstanceOf(PasscodeWaitError)
  await expect(waiting).rejects.toThrow(/Try again in 30 seconds/)
  expect(await readLock()).toMatchObject({ failedAttempts: 3 })
})

test('changing the passcode goes through the same back-off, and a right one clears the count', async () => {
  await seedLock('2468')
  for (const guess of ['1', '2', '3']) {
    await expect(changePasscode(guess, '9999')).rejects.toBeInstanceOf(WrongPasscodeError)
  }
  await expect(changePasscode('2468', '9999')).rejects.toBeInstanceOf(PasscodeWaitError)
  const before = await readLock()
  expect(await checkPasscode(before!, '2468')).toBe(true)

  // The wait is over.
  await db.settings.update('app', {
    lock: { ...before!, lastFailedAt: '2000-01-01T00:00:00.000Z' },
  })
  await changePasscode('2468', '9999')
  const after = await readLock()
  expect(after).toMatchObject({ failedAttempts: 0, lastFailedAt: null })
  expect(await checkPasscode(after!, '9999')).toBe(true)
})

test('where the browser has Web Locks, every check holds the one passcode lock', async () => {
  await seedLock('2468')
  const request = vi.fn((_name: string, task: () => Promise<unknown>) => task())
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { locks: { request } }))
  try {
    await tryUnlock('1')
    await expect(turnOffLock('2')).rejects.toBeInstanceOf(WrongPasscodeError)
  } finally {
    vi.unstubAllGlobals()
  }
  expect(request.mock.calls.map(([name]) => name)).toEqual([
    PASSCODE_CHECK_LOCK,
    PASSCODE_CHECK_LOCK,
  ])
})
