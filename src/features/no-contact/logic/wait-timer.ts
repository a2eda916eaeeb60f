import { plural } from '@/lib/plural'

/**
 * The urge exercise's wait timer, as plain data. Time is always worked out from timestamps
 * (Date.now()), never by counting ticks: a phone that hides or sleeps the page stops timers, and the
 * count must still be right when the person comes back.
 */
export interface WaitTimer {
  durationMs: number
  /** When it last started or resumed; null while paused or stopped. */
  runningSince: number | null
  /** Time already waited before `runningSince`. */
  banked: number
  /** The person ended the wait early. */
  stopped: boolean
}

export const WAIT_CHOICES = [5, 10, 15] as const
/** The first wait is short: one tap, five minutes, in the hardest moment. */
export const DEFAULT_WAIT_MINUTES = 5

export function startWait(minutes: number, now: number): WaitTimer {
  return { durationMs: minutes * 60_000, runningSince: now, banked: 0, stopped: false }
}

export function elapsedMs(timer: WaitTimer, now: number): number {
  // A clock set back while waiting must not make time run backwards.
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince)
  return Math.min(timer.durationMs, timer.banked + running)
}

export function remainingMs(timer: WaitTimer, now: number): number {
  return timer.durationMs - elapsedMs(timer, now)
}

export function isWaitOver(timer: WaitTimer, now: number): boolean {
  return timer.stopped || remainingMs(timer, now) <= 0
}

export function pauseWait(timer: WaitTimer, now: number): WaitTimer {
  if (timer.runningSince === null) return timer
  return { ...timer, runningSince: null, banked: elapsedMs(timer, now) }
}

export function resumeWait(timer: WaitTimer, now: number): WaitTimer {
  if (timer.runningSince !== null || timer.stopped) return timer
  return { ...timer, runningSince: now }
}

export function stopWait(timer: WaitTimer, now: number): WaitTimer {
  return { ...pauseWait(timer, now), stopped: true }
}

/** "Wait 5 more minutes": the time already waited stays, the clock runs again. */
export function extendWait(timer: WaitTimer, minutes: number, now: number): WaitTimer {
  const waited = elapsedMs(timer, now)
  return {
    durationMs: waited + minutes * 60_000,
    runningSince: now,
    banked: waited,
    stopped: false,
  }
}

/** What goes into the urge log: whole minutes waited, or null when the timer was not used. */
export function waitedMinutes(timer: WaitTimer | null, now: number): number | null {
  return timer ? Math.round(elapsedMs(timer, now) / 60_000) : null
}

/** Minutes waited in words: "less than a minute", "1 minute", "12 minutes". */
export function describeWait(minutes: number): string {
  if (minutes < 1) return 'less than a minute'
  return plural(minutes, 'minute')
}

/** "9:05": minutes and seconds left, rounded up so the last second reads 0:01, not 0:00. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
