import { create } from 'zustand'

/** Chromium's install prompt event, which the DOM typings do not include. */
export interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

interface PwaState {
  /** A new version is installed and waiting for the person's consent. */
  needRefresh: boolean
  /** The person chose "Later" for the waiting version in this session. */
  updateDeferred: boolean
  applyUpdate: (() => Promise<void>) | null
  installEvent: BeforeInstallPromptEvent | null
  installed: boolean
}

export const usePwaStore = create<PwaState>()(() => ({
  needRefresh: false,
  updateDeferred: false,
  applyUpdate: null,
  installEvent: null,
  installed: false,
}))
