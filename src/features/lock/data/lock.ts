import { db } from '@/db/db'
import type { AppLock } from '@/db/types'
import { readSettings, updateSettings } from '@/hooks/use-settings'
import {
  constantTimeEqual,
  derivePasscodeHash,
  fromBase64,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  toBase64,
} from '@/lib/crypto'
import { normalisePasscode } from '../logic/passcode'
import { getRetryDelayMs, getRetryWaitMs } from '../logic/retry-delay'

/**
 * A lock for `passcode`: a random salt and the PBKDF2 hash, never the passcode itself. `iterations`
 * is only for test data; everything the app creates goes through turnOnLock/changePasscode.
 */
export async function buildLock(
  passcode: string,
  { autoLockMinutes, iterations }: { autoLockMinutes: number; iterations: number },
): Promise<AppLock> {
  const salt = randomBytes(SALT_BYTES)
  const hash = await derivePasscodeHash(normalisePasscode(passcode), salt, iterations)
  return {
    hash: toBase64(hash),
    salt: toBase64(salt),
    iterations,
    autoLockMinutes,
    failedAttempts: 0,
    lastFailedAt: null,
  }
}

/** Whether `passcode` is the one the lock was made with, using the lock's own salt and iterations. */
export async function checkPasscode(lock: AppLock, passcode: string): Promise<boolean> {
  const expected = fromBase64(lock.hash)
  const actual = await derivePasscodeHash(
    normalisePasscode(passcode),
    fromBase64(lock.salt),
    lock.iterations,
  )
  return constantTimeEqual(actual, expected)
}

async function readLock(): Promise<AppLock | null> {
  return (await readSettings()).lock
}

/** Changes the stored lock from its current value; does nothing if the lock was turned off meanwhile. */
async function changeLock(change: (lock: AppLock) => AppLock): Promise<void> {
  // updateSettings inside this transaction joins it, so the read and the write cannot interleave.
  await db.transaction('rw', db.settings, async () => {
    const lock = await readLock()
    if (lock) await updateSettings({ lock: change(lock) })
  })
}

/** Turns the lock on. The passcode has been validated and confirmed by the caller. */
export async function turnOnLock(passcode: string, autoLockMinutes: number): Promise<void> {
  const lock = await buildLock(passcode, { autoLockMinutes, iterations: PBKDF2_ITERATIONS })
  await updateSettings({ lock })
}

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong'; failedAttempts: number; waitMs: number }
  | { ok: false; reason: 'waiting'; waitMs: number }
  | { ok: false; reason: 'no-lock' }

/**
 * Tries a passcode on the lock screen. Every wrong try is stored (count and time), so waiting cannot
 * be skipped by reloading; a right one clears the count. While a wait runs, nothing is checked.
 */
export async function tryUnlock(passcode: string): Promise<UnlockResult> {
  const lock = await readLock()
  if (!lock) return { ok: false, reason: 'no-lock' }
  const waitMs = getRetryWaitMs(lock, Date.now())
  if (waitMs > 0) return { ok: false, reason: 'waiting', waitMs }

  // The slow part (PBKDF2) runs outside any transaction: IndexedDB would commit it while waiting.
  const matches = await checkPasscode(lock, passcode)
  if (matches) {
    if (lock.failedAttempts > 0 || lock.lastFailedAt) {
      await changeLock((current) => ({ ...current, failedAttempts: 0, lastFailedAt: null }))
    }
    return { ok: true }
  }

  let failedAttempts = lock.failedAttempts + 1
  const lastFailedAt = new Date().toISOString()
  await changeLock((current) => {
    // Counted from the stored value: another tab may have recorded a wrong try meanwhile.
    failedAttempts = current.failedAttempts + 1
    return { ...current, failedAttempts, lastFailedAt }
  })
  return { ok: false, reason: 'wrong', failedAttempts, waitMs: getRetryDelayMs(failedAttempts) }
}

/** Thrown when Settings is given a passcode that is not the current one. */
export class WrongPasscodeError extends Error {
  override name = 'WrongPasscodeError'
  constructor() {
    super('That isn’t your current passcode.')
  }
}

async function requireCurrent(current: string): Promise<AppLock> {
  const lock = await readLock()
  if (!lock || !(await checkPasscode(lock, current))) throw new WrongPasscodeError()
  return lock
}

/** Replaces the passcode (with a new salt), keeping the auto-lock choice. Needs the current one. */
export async function changePasscode(current: string, next: string): Promise<void> {
  const lock = await requireCurrent(current)
  const replacement = await buildLock(next, {
    autoLockMinutes: lock.autoLockMinutes,
    iterations: PBKDF2_ITERATIONS,
  })
  await updateSettings({ lock: replacement })
}

/** Turns the lock off. Needs the current passcode, so someone handed the open app cannot. */
export async function turnOffLock(current: string): Promise<void> {
  await requireCurrent(current)
  await updateSettings({ lock: null })
}

export async function setAutoLockMinutes(autoLockMinutes: number): Promise<void> {
  await changeLock((lock) => ({ ...lock, autoLockMinutes }))
}
