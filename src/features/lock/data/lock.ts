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
import { hasWebCrypto, InsecureContextError } from '@/lib/secure-context'
import { normalisePasscode } from '../logic/passcode'
import { formatWait, getRetryDelayMs, getRetryWaitMs } from '../logic/retry-delay'

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

/** The Web Lock every passcode check holds, in every tab and window of Steady on this device. */
export const PASSCODE_CHECK_LOCK = 'steady-passcode-check'

let queueInThisTab: Promise<unknown> = Promise.resolve()

/**
 * Runs `task` alone: across tabs with the Web Locks API, so eight tabs guessing at once are checked
 * one after another, each seeing the tries before it. Where a browser has no Web Locks, tries still
 * queue within the tab, and the read-and-record transaction below keeps the count right across tabs.
 */
async function oneCheckAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (locks?.request) return locks.request(PASSCODE_CHECK_LOCK, task)
  const run = queueInThisTab.then(task, task)
  queueInThisTab = run.catch(() => undefined)
  return run
}

/**
 * The one way a passcode is checked: on the lock screen, to turn the lock off and to change it.
 * Holding the check lock, it (1) refuses while a wait runs, (2) records the try as failed before
 * the slow hash, in the same transaction as the wait check, so closing the tab mid-check or another
 * tab checking at the same moment cannot skip the count, (3) hashes outside any transaction, and
 * (4) only on a match clears the count and runs `onMatch`, still holding the lock.
 */
async function checkWithBackOff(
  passcode: string,
  onMatch: (lock: AppLock) => Promise<void>,
): Promise<UnlockResult> {
  // Nothing can be checked on a page without WebCrypto: say why, and count no try.
  if (!hasWebCrypto()) throw new InsecureContextError()
  return oneCheckAtATime(async () => {
    const gate = await db.transaction('rw', db.settings, async () => {
      const lock = await readLock()
      if (!lock) return { reason: 'no-lock' as const }
      const now = Date.now()
      const waitMs = getRetryWaitMs(lock, now)
      if (waitMs > 0) return { reason: 'waiting' as const, waitMs }
      const failedAttempts = lock.failedAttempts + 1
      await updateSettings({
        lock: { ...lock, failedAttempts, lastFailedAt: new Date(now).toISOString() },
      })
      return { reason: 'checking' as const, lock, failedAttempts }
    })
    if (gate.reason === 'no-lock') return { ok: false, reason: 'no-lock' }
    if (gate.reason === 'waiting') return { ok: false, reason: 'waiting', waitMs: gate.waitMs }

    // The slow part (PBKDF2) runs outside any transaction: IndexedDB would commit it while waiting.
    if (!(await checkPasscode(gate.lock, passcode))) {
      const { failedAttempts } = gate
      return { ok: false, reason: 'wrong', failedAttempts, waitMs: getRetryDelayMs(failedAttempts) }
    }
    await changeLock((current) => ({ ...current, failedAttempts: 0, lastFailedAt: null }))
    await onMatch(gate.lock)
    return { ok: true }
  })
}

/**
 * Tries a passcode on the lock screen. Every wrong try is stored (count and time), so waiting cannot
 * be skipped by reloading; a right one clears the count. While a wait runs, nothing is checked.
 */
export async function tryUnlock(passcode: string): Promise<UnlockResult> {
  return checkWithBackOff(passcode, async () => {})
}

/** Thrown when Settings is given a passcode that is not the current one. */
export class WrongPasscodeError extends Error {
  override name = 'WrongPasscodeError'
  constructor() {
    super('That isn’t your current passcode.')
  }
}

/** Thrown when Settings is given a passcode while the back-off wait runs: it was not checked. */
export class PasscodeWaitError extends Error {
  override name = 'PasscodeWaitError'
  constructor(readonly waitMs: number) {
    super(
      `Several tries in a row didn’t match, so Steady waits a little before checking again. Try again in ${formatWait(waitMs)}.`,
    )
  }
}

/** Settings' passcode checks go through the same back-off as the lock screen, and share its count. */
async function withCurrentPasscode(
  current: string,
  onMatch: (lock: AppLock) => Promise<void>,
): Promise<void> {
  const result = await checkWithBackOff(current, onMatch)
  if (result.ok) return
  if (result.reason === 'waiting') throw new PasscodeWaitError(result.waitMs)
  throw new WrongPasscodeError()
}

/** Replaces the passcode (with a new salt), keeping the auto-lock choice. Needs the current one. */
export async function changePasscode(current: string, next: string): Promise<void> {
  await withCurrentPasscode(current, async (lock) => {
    const replacement = await buildLock(next, {
      autoLockMinutes: lock.autoLockMinutes,
      iterations: PBKDF2_ITERATIONS,
    })
    await updateSettings({ lock: replacement })
  })
}

/** Turns the lock off. Needs the current passcode, so someone handed the open app cannot. */
export async function turnOffLock(current: string): Promise<void> {
  await withCurrentPasscode(current, () => updateSettings({ lock: null }))
}

export async function setAutoLockMinutes(autoLockMinutes: number): Promise<void> {
  await changeLock((lock) => ({ ...lock, autoLockMinutes }))
}
