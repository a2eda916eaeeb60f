import { useId, useState } from 'react'
import { describeStorageError } from '@/lib/errors'
import { plural } from '@/lib/plural'
import { saveBackup } from '../../data/save-backup'
import { useTableCounts } from '../../data/table-counts'
import type { ValidBackup } from '../../logic/backup-format'
import { describeRows } from '../../logic/describe-tables'

/**
 * Replace removes everything written on this phone: it says exactly what (every table with rows,
 * from the database itself) and offers a backup of this phone first, in one tap.
 */
export function RestoreConfirmReplace({
  backup,
  onReplace,
  onBack,
}: {
  backup: ValidBackup
  onReplace: () => void
  onBack: () => void
}) {
  const id = useId()
  const counts = useTableCounts()
  const removed = counts ? describeRows(counts) : []
  const [saving, setSaving] = useState(false)
  const [status, setStatus] = useState('')

  async function backUpFirst() {
    setSaving(true)
    setStatus('Preparing a backup of this phone…')
    try {
      const { file, delivery } = await saveBackup(null)
      setStatus(
        delivery === 'cancelled'
          ? 'No backup was saved: sharing was cancelled.'
          : `Saved ${file.name}. Keep it until you are sure of the restore.`,
      )
    } catch (error) {
      setStatus(describeStorageError(error, 'the backup was not made'))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div
      className="card card--urgent"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
    >
      <h3 id={`${id}-title`}>Replace everything on this device?</h3>
      <div id={`${id}-text`}>
        {removed.length > 0 ? (
          <>
            <p>This removes from this phone:</p>
            <ul>
              {removed.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Nothing has been written on this phone yet.</p>
        )}
        <p>
          In their place come the backup’s{' '}
          {plural(backup.tables.entries.length, 'entry', 'entries')} and everything else it holds,
          with its names, pronouns and theme. This cannot be undone.
        </p>
      </div>
      {removed.length > 0 && (
        <div className="field">
          <button
            type="button"
            className="button"
            disabled={saving}
            aria-describedby={`${id}-plain`}
            onClick={() => void backUpFirst()}
          >
            Back up this phone first
          </button>
          <p className="field-hint" id={`${id}-plain`}>
            A file without a password: anyone who opens it can read your journal.
          </p>
          <p className="form-status" role="status">
            {status}
          </p>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button button--danger" onClick={onReplace}>
          Replace everything
        </button>
        <button type="button" className="button" onClick={onBack}>
          Go back
        </button>
      </div>
    </div>
  )
}
