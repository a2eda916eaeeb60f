import { useState } from 'react'
import { usePwaStore } from './store'

/** A small notice above the bottom bar; the app keeps working while it is shown. */
export function UpdatePrompt() {
  const needRefresh = usePwaStore((state) => state.needRefresh)
  const deferred = usePwaStore((state) => state.updateDeferred)
  const applyUpdate = usePwaStore((state) => state.applyUpdate)
  const [updating, setUpdating] = useState(false)

  if (!needRefresh || deferred || !applyUpdate) return null
  return (
    <section className="update-prompt" aria-labelledby="update-title">
      <p id="update-title">A new version of Steady is ready. Nothing you wrote will be lost.</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--on-dark button--strong"
          disabled={updating}
          onClick={() => {
            setUpdating(true)
            void applyUpdate()
          }}
        >
          {updating ? 'Updating…' : 'Update'}
        </button>
        <button
          type="button"
          className="button button--on-dark"
          onClick={() => usePwaStore.setState({ updateDeferred: true })}
        >
          Later
        </button>
      </div>
    </section>
  )
}
