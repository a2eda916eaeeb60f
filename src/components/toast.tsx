import { useEffect, useRef } from 'react'
import { useToastStore } from './toast-store'

/** Long enough to read and reach Undo with one thumb; paused while focus is inside. */
const VISIBLE_MS = 10_000

export function ToastRegion() {
  const toast = useToastStore((state) => state.toast)
  const dismiss = useToastStore((state) => state.dismiss)
  const region = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!toast) return
    const timer = setInterval(() => {
      if (!region.current?.contains(document.activeElement)) dismiss()
    }, VISIBLE_MS)
    return () => clearInterval(timer)
  }, [toast, dismiss])

  return (
    <div ref={region} className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast" key={toast.id}>
          <p>{toast.message}</p>
          {toast.actionLabel && toast.onAction && (
            <button
              type="button"
              className="button button--on-dark"
              onClick={() => {
                void toast.onAction?.()
                dismiss()
              }}
            >
              {toast.actionLabel}
            </button>
          )}
          <button
            type="button"
            className="button button--on-dark button--icon"
            aria-label="Dismiss"
            onClick={dismiss}
          >
            ×
          </button>
        </div>
      )}
    </div>
  )
}
