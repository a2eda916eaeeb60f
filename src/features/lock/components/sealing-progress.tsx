import { useEffect, useSyncExternalStore } from 'react'
import type { AppLock } from '@/db/types'
import { finishSealing, getSealingProgress, subscribeToSealing } from '../data/seal-all'

/**
 * While the lock is being turned on or off: how far encrypting (or decrypting) is. If no run is
 * going in this tab (the tab that started it was closed), it carries on here; nothing is lost
 * meanwhile, since every row reads fine half-way.
 */
export function SealingProgress({ lock }: { lock: AppLock }) {
  const progress = useSyncExternalStore(subscribeToSealing, getSealingProgress)
  const direction = lock.encryption
  const busy = direction === 'encrypting' || direction === 'decrypting'
  useEffect(() => {
    if (!busy) return
    finishSealing().catch((error: unknown) =>
      console.warn('Steady will carry on at the next unlock', error),
    )
  }, [busy])
  if (!busy) return null
  const label =
    direction === 'encrypting'
      ? 'Encrypting what you’ve written…'
      : 'Decrypting what you’ve written…'
  return (
    <div role="status" className="sealing-progress">
      <p>{label}</p>
      {progress && progress.total > 0 ? (
        <>
          <progress value={progress.done} max={progress.total} aria-label={label}>
            {Math.round((progress.done / progress.total) * 100)}%
          </progress>
          <p className="field-hint">
            {progress.done.toLocaleString()} of {progress.total.toLocaleString()}. You can keep
            using Steady; if it closes, this carries on next time.
          </p>
        </>
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  )
}
