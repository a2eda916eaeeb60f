import { db } from '@/db/db'
import type { AppLock } from '@/db/types'
import { setDataKey } from '@/db/vault'
import { readSettings, updateSettings } from '@/hooks/use-settings'
import {
  constantTimeEqual,
  createDataKey,
  derivePasscodeHash,
  fromBase64,
  PBKDF2_ITERATIONS,
  toBase64,
  unwrapDataKey,
  wrapDataKey,
  type WrappedDataKey,
} from '@/lib/crypto'
import { UserError } from '@/lib/errors'
import { hasWebCrypto, InsecureContextError } from '@/lib/secure-context'
import { normalisePasscode } from '../logic/passcode'
import { formatWait, getRetryDelayMs, getRetryWaitMs } from '../logic/retry-delay'
import { announceUnlocked } from './lock-channel'
import { finishSealing, type SealingProgress } from './seal-all'

type LockOptions = {
  autoLockMinutes: number
  iterations: number
  encryption?: AppLock['encryption']
}

function storedKey(
  sealed: WrappedDataKey,
): Pick<AppLock, 'salt' | 'iterations' | 'wrappedKey' | 'wrapIv'> {
  return {
    salt: toBase64(sealed.salt),
    iterations: sealed.iterations,
    wrappedKey: toBase64(sealed.wrapped),
    wrapIv: toBase64(sealed.iv),
  }
}

/**
 * A lock for `passcode` with a new random data key, wrapped by the passcode's key (the passcode
 * itself is never stored), and the data key to use. `iterations` other than the app's own count is
 * only for test data; everything the app creates goes through turnOnLock/changePasscode.
 */
export async function makeLock(
  passcode: string,
  { autoLockMinutes, iterations, encryption = 'on' }: LockOptions,
): Promise<{ lock: AppLock; key: CryptoKey }> {
  const { sealed, key } = await createDataKey(normalisePasscode(passcode), iterations)
  const lock: AppLock = {
    ...storedKey(sealed),
    encryption,
    resumeAt: null,
    autoLockMinutes,
    failedAttempts: 0,
    lastFailedAt: null,
  }
  return { lock, key }
}

/** A lock for `passcode` (for seeding tests and the like: the key itself is not kept). */
export async function buildLock(passcode: string, options: LockOptions): Promise<AppLock> {
  return (await makeLock(passcode, options)).lock
}

/** A lock as Steady made them before encryption: a PBKDF2 hash to compare. Only for tests now. */
export async function buildLegacyLock(
  passcode: string,
  { autoLockMinutes, iterations }: LockOptions,
): Promise<AppLock> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
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

/** The data key if `passcode` unwraps it; `legacy` when a lock from before encryption matches. */
async function openLock(
  lock: AppLock,
  passcode: string,
  extractable = false,
): Promise<CryptoKey | 'legacy' | null> {
  const normalised = normalisePasscode(passcode)
  if (lock.wrappedKey && lock.wrapIv) {
    const sealed: WrappedDataKey = {
      salt: fromBase64(lock.salt),
      iterations: lock.iterations,
      iv: fromBase64(lock.wrapIv),
      wrapped: fromBase64(lock.wrappedKey),
    }
    return unwrapDataKey(sealed, normalised, { extractable })
  }
  if (!lock.hash) return null
  const actual = await derivePasscodeHash(normalised, fromBase64(lock.salt), lock.iterations)
  return constantTimeEqual(actual, fromBase64(lock.hash)) ? 'legacy' : null
}

/** Whether `passcode` is the one the lock was made with: it unwraps the lock's data key. */
export async function checkPasscode(lock: AppLock, passcode: string): Promise<boolean> {
  return (await openLock(lock, passcode)) !== null
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

/**
 * Turns the lock on: a new data key, in memory from now on (and in Steady's other open tabs), then
 * everything already written is encrypted with it, batch by batch (see seal-all.ts). Writes made
 * meanwhile are sealed at once. Resumes at the next unlock if the tab closes half-way.
 */
export async function turnOnLock(
  passcode: string,
  autoLockMinutes: number,
  onProgress?: (progress: SealingProgress) => void,
): Promise<void> {
  const { lock, key } = await makeLock(passcode, {
    autoLockMinutes,
    iterations: PBKDF2_ITERATIONS,
    encryption: 'encrypting',
  })
  setDataKey(key)
  announceUnlocked(key)
  await updateSettings({ lock })
  await finishSealing(onProgress)
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
  onMatch: (lock: AppLock, key: CryptoKey | 'legacy') => Promise<void>,
  extractable = false,
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
    const key = await openLock(gate.lock, passcode, extractable)
    if (!key) {
      const { failedAttempts } = gate
      return { ok: false, reason: 'wrong', failedAttempts, waitMs: getRetryDelayMs(failedAttempts) }
    }
    await changeLock((current) => ({ ...current, failedAttempts: 0, lastFailedAt: null }))
    await onMatch(gate.lock, key)
    return { ok: true }
  })
}

/**
 * Tries a passcode on the lock screen. Every wrong try is stored (count and time), so waiting cannot
 * be skipped by reloading; a right one clears the count. While a wait runs, nothing is checked.
 */
export async function tryUnlock(passcode: string): Promise<UnlockResult> {
  return checkWithBackOff(passcode, async (lock, key) => {
    if (key === 'legacy') {
      // A lock from before encryption: it gets its data key now, and everything is encrypted.
      const made = await makeLock(passcode, {
        autoLockMinutes: lock.autoLockMinutes,
        iterations: lock.iterations,
        encryption: 'encrypting',
      })
      setDataKey(made.key)
      announceUnlocked(made.key)
      await changeLock(() => made.lock)
    } else {
      setDataKey(key)
      announceUnlocked(key)
    }
    // An interrupted turning on or off carries on in the background; rows read fine meanwhile.
    const current = await readLock()
    if (current?.encryption === 'encrypting' || current?.encryption === 'decrypting') {
      void finishSealing().catch((error: unknown) =>
        console.warn('Steady will finish encrypting at the next unlock', error),
      )
    }
  })
}

/**
 * Thrown when Settings is given a passcode that is not the current one. A UserError about the
 * `current` field: forms show it there, as written.
 */
export class WrongPasscodeError extends UserError {
  override name = 'WrongPasscodeError'
  constructor() {
    super('That isn’t your current passcode.', { field: 'current' })
  }
}

/** Thrown when Settings is given a passcode while the back-off wait runs: it was not checked. */
export class PasscodeWaitError extends UserError {
  override name = 'PasscodeWaitError'
  constructor(readonly waitMs: number) {
    super(
      `Several tries in a row didn’t match, so Steady waits a little before checking again. Try again in ${formatWait(waitMs)}.`,
      { field: 'current' },
    )
  }
}

/** Settings' passcode checks go through the same back-off as the lock screen, and share its count. */
async function withCurrentPasscode(
  current: string,
  onMatch: (lock: AppLock, key: CryptoKey | 'legacy') => Promise<void>,
  extractable = false,
): Promise<void> {
  const result = await checkWithBackOff(current, onMatch, extractable)
  if (result.ok) return
  if (result.reason === 'waiting') throw new PasscodeWaitError(result.waitMs)
  throw new WrongPasscodeError()
}

/**
 * Replaces the passcode: the same data key is wrapped again under the new one (with a new salt), so
 * nothing is re-encrypted and it is instant. Needs the current passcode.
 */
export async function changePasscode(current: string, next: string): Promise<void> {
  await withCurrentPasscode(
    current,
    async (lock, key) => {
      if (key === 'legacy') {
        const made = await makeLock(next, {
          autoLockMinutes: lock.autoLockMinutes,
          iterations: PBKDF2_ITERATIONS,
          encryption: 'encrypting',
        })
        setDataKey(made.key)
        await changeLock(() => made.lock)
        await finishSealing()
        return
      }
      const sealed = await wrapDataKey(key, normalisePasscode(next), PBKDF2_ITERATIONS)
      await changeLock((stored) => ({ ...stored, ...storedKey(sealed) }))
    },
    true,
  )
}

/**
 * Turns the lock off: everything is decrypted (batch by batch, resumable), then the lock and its
 * key are gone. Needs the current passcode, so someone handed the open app cannot.
 */
export async function turnOffLock(
  current: string,
  onProgress?: (progress: SealingProgress) => void,
): Promise<void> {
  await withCurrentPasscode(current, async (_lock, key) => {
    if (key === 'legacy') {
      await updateSettings({ lock: null })
      return
    }
    setDataKey(key)
    await changeLock((lock) => ({ ...lock, encryption: 'decrypting', resumeAt: null }))
    await finishSealing(onProgress)
  })
}

export async function setAutoLockMinutes(autoLockMinutes: number): Promise<void> {
  await changeLock((lock) => ({ ...lock, autoLockMinutes }))
}
