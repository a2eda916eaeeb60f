export interface AutoLockChoice {
  minutes: number
  label: string
}

export const AUTO_LOCK_CHOICES: readonly AutoLockChoice[] = [
  { minutes: 0, label: 'Immediately' },
  { minutes: 1, label: 'After 1 minute' },
  { minutes: 5, label: 'After 5 minutes' },
  { minutes: 15, label: 'After 15 minutes' },
]

export const DEFAULT_AUTO_LOCK_MINUTES = 5

/** Whether time spent with Steady in the background (hidden) should lock it again. */
export function shouldAutoLock(awayMs: number, autoLockMinutes: number): boolean {
  if (!Number.isFinite(awayMs)) return true
  // A clock set back makes awayMs negative: treat the time away as unknown, and stay on the safe side.
  if (awayMs < 0) return true
  return awayMs >= Math.max(0, autoLockMinutes) * 60_000
}

/** "as soon as you leave it" / "after 5 minutes away", for sentences in Settings. */
export function describeAutoLock(minutes: number): string {
  if (minutes <= 0) return 'as soon as you leave it'
  return minutes === 1 ? 'after 1 minute away' : `after ${minutes} minutes away`
}
