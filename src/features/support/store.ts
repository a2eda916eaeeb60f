import { create } from 'zustand'
import type { CountryCode } from './logic/helplines'

/**
 * How much Get help now may show: everything while the app is open; no personal parts while it is
 * locked (the lock promises nothing of the journal shows); nothing from storage when it cannot open.
 */
export type HelpAccess = 'full' | 'locked' | 'no-storage'

const RANK: Record<HelpAccess, number> = { full: 2, locked: 1, 'no-storage': 0 }

interface HelpNowState {
  open: boolean
  access: HelpAccess
  /** The country chosen while storage is unavailable: kept for this visit only. */
  sessionCountry: CountryCode | null | undefined
  openHelp: (access: HelpAccess) => void
  closeHelp: () => void
  /** A screen that can show less (the lock screen, a storage error) lowers what an open panel shows. */
  restrictHelp: (access: HelpAccess) => void
  chooseSessionCountry: (country: CountryCode | null) => void
}

/** UI state only: whether Get help now is open, and how much it may show. */
export const useHelpNowStore = create<HelpNowState>()((set) => ({
  open: false,
  access: 'no-storage',
  sessionCountry: undefined,
  openHelp: (access) => set({ open: true, access }),
  closeHelp: () => set({ open: false }),
  restrictHelp: (access) =>
    set((state) => (RANK[access] < RANK[state.access] ? { access } : state)),
  chooseSessionCountry: (country) => set({ sessionCountry: country }),
}))
