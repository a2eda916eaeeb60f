import { create } from 'zustand'

export interface Toast {
  id: number
  message: string
  actionLabel?: string
  onAction?: () => unknown
}

interface ToastState {
  toast: Toast | null
  dismiss: () => void
}

let nextId = 1

export const useToastStore = create<ToastState>()((set) => ({
  toast: null,
  dismiss: () => set({ toast: null }),
}))

/** Shows a short message (optionally with one action, such as Undo), replacing any earlier one. */
export function showToast(toast: Omit<Toast, 'id'>): void {
  useToastStore.setState({ toast: { ...toast, id: nextId++ } })
}
