import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { WaitTimer } from './logic/wait-timer'

export type UrgeStep = 'pause' | 'wait' | 'write' | 'log' | 'done'

interface UrgeExerciseState {
  step: UrgeStep
  timer: WaitTimer | null
  waited: number | null
  letterId: string | null
  logged: boolean
  update: (changes: Partial<Omit<UrgeExerciseState, 'update' | 'reset'>>) => void
  reset: () => void
}

const START = { step: 'pause', timer: null, waited: null, letterId: null, logged: false } as const

/**
 * Where the urge exercise is (step and timer), kept for this session only (sessionStorage), so
 * leaving for Support and coming back, or a reload, resumes it. UI state: no database rows here;
 * the letter and the urge themselves are saved in the database.
 */
export const useUrgeExerciseStore = create<UrgeExerciseState>()(
  persist(
    (set) => ({
      ...START,
      update: (changes) => set(changes),
      reset: () => set(START),
    }),
    {
      name: 'steady-urge-exercise',
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ step, timer, waited, letterId, logged }) => ({
        step,
        timer,
        waited,
        letterId,
        logged,
      }),
    },
  ),
)
