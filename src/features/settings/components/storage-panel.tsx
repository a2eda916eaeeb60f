import { useEffect, useState } from 'react'
import type { PersistenceState } from '@/db/types'
import { formatBytes } from '@/lib/format-bytes'
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../data/storage'

/** Whether the browser promised to keep Steady's data, and how much room it takes. */
export function StoragePanel({ persistence }: { persistence: PersistenceState }) {
  const [status, setStatus] = useState<StorageStatus | null>(null)
  const [asking, setAsking] = useState(false)

  useEffect(() => {
    let live = true
    void readStorageStatus().then((next) => live && setStatus(next))
    return () => {
      live = false
    }
  }, [persistence])

  const persisted = status?.persisted ?? (persistence === 'granted' ? true : null)

  return (
    <div className="storage-panel">
      <p>Everything you write is stored in this browser, on this phone.</p>
      <dl className="facts">
        <div>
          <dt>Safe from clearing</dt>
          <dd>{describePersistence(persisted, persistence)}</dd>
        </div>
        <div>
          <dt>Space used</dt>
          <dd>
            {status?.usage == null
              ? 'Your browser does not say'
              : status.quota
                ? `${formatBytes(status.usage)} of ${formatBytes(status.quota)} available`
                : formatBytes(status.usage)}
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        Safari on iPhone and iPad may clear a website’s data when it hasn’t been opened for about a
        week, unless Steady is added to the Home Screen.
        {status &&
          persisted === null &&
          ' Browsers may also clear data when the phone runs low on space.'}{' '}
        Keep a recent backup to be safe.
      </p>
      {persisted === false && persistence !== 'unsupported' && (
        <>
          <p className="field-hint">
            Without it, the browser may clear Steady’s data when the phone runs low on space.
            Installing Steady to your home screen makes it much more likely to be granted.
          </p>
          <button
            type="button"
            className="button"
            disabled={asking}
            onClick={async () => {
              setAsking(true)
              await requestPersistentStorage().finally(() => setAsking(false))
            }}
          >
            Ask the browser again
          </button>
        </>
      )}
    </div>
  )
}

function describePersistence(persisted: boolean | null, asked: PersistenceState): string {
  if (persisted === true) return 'Yes: the browser will not clear Steady’s data on its own'
  if (asked === 'unsupported' || persisted === null) return 'This browser does not offer it'
  if (asked === 'unknown') return 'Steady asks the browser after your first entry'
  return 'Not yet: the browser said no for now'
}
