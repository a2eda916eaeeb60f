import type { AppLock } from '@/db/types'

/** Wrong tries in a row that are free; from the next one on, each try waits longer. */
export const FREE_TRIES = 2
export const FIRST_DELAY_MS = 30_000
export const MAX_DELAY_MS = 15 * 60_000

/**
 * How long to wait after `failedAttempts` wrong tries in a row before the next one: nothing for the
 * first two (typos happen), 30 s after the third, then doubling, never more than 15 minutes. Enough to
 * make guessing a 4-digit passcode take weeks, short enough that the owner is never locked out for long.
 */
export function getRetryDelayMs(failedAttempts: number): number {
  if (!Number.isFinite(failedAttempts) || failedAttempts <= FREE_TRIES) return 0
  const doublings = Math.floor(failedAttempts) - FREE_TRIES - 1
  // 2^6 × 30 s is already past the cap; stop there so a huge count cannot overflow.
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(doublings, 6), MAX_DELAY_MS)
}

/**
 * What is left of the wait at `now`, in ms (0 = the next try may go ahead). Never more than the full
 * delay, so a clock that was set back cannot stretch the wait.
 */
export function getRetryWaitMs(
  lock: Pick<AppLock, 'failedAttempts' | 'lastFailedAt'>,
  now: number,
): number {
  const delay = getRetryDelayMs(lock.failedAttempts)
  if (delay === 0 || !lock.lastFailedAt) return 0
  const failedAt = Date.parse(lock.lastFailedAt)
  if (Number.isNaN(failedAt)) return 0
  return Math.min(Math.max(failedAt + delay - now, 0), delay)
}

/** "30 seconds", "1 second", "2 minutes": rounded up, so the wait never ends before it says. */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  if (seconds <= 60) return seconds === 1 ? '1 second' : `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minutes`
}
