import { create } from 'zustand'
import type { WaitTimer } from './logic/wait-timer'

export type UrgeStep = 'pause' | 'wait' | 'write' | 'log' | 'done'

/** Coming back after this long starts afresh: the moment has passed, whatever step it was at. */
const STALE_AFTER_MS = 30 * 60_000

interface UrgeExerciseState {
  step: UrgeStep
  timer: WaitTimer | null
  waited: number | null
  letterId: string | null
  logged: boolean
  /** When anything last changed (ms since the epoch); null before the exercise is used. */
  touchedAt: number | null
  update: (changes: Partial<Omit<UrgeExerciseState, 'update' | 'reset' | 'touchedAt'>>) => void
  reset: () => void
}

const START = {
  step: 'pause',
  timer: null,
  waited: null,
  letterId: null,
  logged: false,
  touchedAt: null,
} as const

/**
 * Where the urge exercise is (step and timer), kept in memory for this visit to the app: leaving
 * for Support and coming back resumes it. UI state only; the letter and the urge are saved in the
 * database as rows.
 */
export const useUrgeExerciseStore = create<UrgeExerciseState>()((set) => ({
  ...START,
  update: (changes) => set({ ...changes, touchedAt: Date.now() }),
  reset: () => set(START),
}))

/** Whether the kept state should be dropped when the exercise opens: finished, or long left. */
export function isStale(
  state: Pick<UrgeExerciseState, 'step' | 'touchedAt'>,
  now: number,
): boolean {
  if (state.step === 'done') return true
  return state.touchedAt !== null && now - state.touchedAt > STALE_AFTER_MS
}
