import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useRef, useState, type FormEvent } from 'react'
import { db } from '@/db/db'
import { describeDay, formatLongDate } from '@/lib/dates'
import { describeStorageError } from '@/lib/errors'
import { formatBytes } from '@/lib/format-bytes'
import { plural } from '@/lib/plural'
import { restoreBackup, type RestoreMode } from '../data/restore-backup'
import {
  BackupError,
  MAX_BACKUP_BYTES,
  readBackupText,
  validateBackup,
  type EncryptedBackupFile,
  type ValidBackup,
} from '../logic/backup-format'
import { decryptBackup } from '../logic/encryption'
import { summariseBackup } from '../logic/summarise'

type Step =
  | { name: 'choose' }
  | { name: 'working'; label: string; done: number; total: number }
  | { name: 'password'; file: EncryptedBackupFile }
  | { name: 'preview'; backup: ValidBackup }
  | { name: 'confirm-replace'; backup: ValidBackup }
  | { name: 'done'; message: string }

/**
 * Restore from a backup file: read and check it, show what it holds, then merge or replace. Nothing
 * on this device changes until the person confirms, and a failure changes nothing at all.
 */
export function RestorePanel() {
  const id = useId()
  const [step, setStep] = useState<Step>({ name: 'choose' })
  const [problem, setProblem] = useState<string | null>(null)
  const [mode, setMode] = useState<RestoreMode>('merge')
  const [password, setPassword] = useState('')
  const fileInput = useRef<HTMLInputElement>(null)
  const entriesHere = useLiveQuery(() => db.entries.count()) ?? 0

  function fail(error: unknown) {
    setProblem(
      error instanceof BackupError
        ? error.message
        : describeStorageError(error, 'nothing was restored'),
    )
    setStep({ name: 'choose' })
    if (fileInput.current) fileInput.current.value = ''
  }

  async function check(text: string) {
    const parsed = readBackupText(text)
    if (parsed.kind === 'encrypted') {
      setStep({ name: 'password', file: parsed.file })
      return
    }
    const backup = await validateBackup(parsed.file, (done, total) =>
      setStep({ name: 'working', label: 'Checking the backup…', done, total }),
    )
    setStep({ name: 'preview', backup })
  }

  async function chooseFile(file: File | undefined) {
    setProblem(null)
    if (!file) return
    if (file.size > MAX_BACKUP_BYTES) {
      fail(
        new BackupError(
          `This file is ${formatBytes(file.size)}, far larger than any Steady backup, so it was not opened. Nothing was changed.`,
        ),
      )
      return
    }
    setStep({ name: 'working', label: 'Reading the file…', done: 0, total: 0 })
    try {
      await check(await file.text())
    } catch (error) {
      fail(error)
    }
  }

  async function unlock(event: FormEvent, file: EncryptedBackupFile) {
    event.preventDefault()
    setProblem(null)
    setStep({ name: 'working', label: 'Opening the encrypted backup…', done: 0, total: 0 })
    try {
      const text = await decryptBackup(file, password)
      setPassword('')
      await check(text)
    } catch (error) {
      setProblem(error instanceof BackupError ? error.message : describeStorageError(error))
      setStep({ name: 'password', file })
    }
  }

  async function restore(backup: ValidBackup) {
    setProblem(null)
    setStep({ name: 'working', label: 'Restoring…', done: 0, total: 0 })
    try {
      const result = await restoreBackup(backup, mode, {
        onProgress: (done, total) => setStep({ name: 'working', label: 'Restoring…', done, total }),
      })
      setStep({
        name: 'done',
        message:
          mode === 'replace'
            ? `Restored. This device now holds the backup’s ${plural(result.added, 'entry', 'entries')}.`
            : `Restored. ${plural(result.added, 'new entry', 'new entries')} added; ${plural(result.alreadyHere, 'entry was', 'entries were')} already here.`,
      })
    } catch (error) {
      setProblem(
        `${describeStorageError(error, 'nothing was restored')} Everything here is as it was.`,
      )
      setStep({ name: 'preview', backup })
    }
  }

  return (
    <div className="restore">
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {step.name === 'choose' && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            Choose a backup file
          </label>
          <p className="field-hint" id={`${id}-file-hint`}>
            You will see what it holds before anything changes.
          </p>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
        </div>
      )}
      {step.name === 'working' && (
        <div role="status">
          <p>{step.label}</p>
          {step.total > 0 ? (
            <progress value={step.done} max={step.total} aria-label={step.label}>
              {Math.round((step.done / step.total) * 100)}%
            </progress>
          ) : (
            <progress aria-label={step.label} />
          )}
        </div>
      )}
      {step.name === 'password' && (
        <form onSubmit={(event) => void unlock(event, step.file)} noValidate>
          <p>This backup is protected with a password.</p>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-password`}>
              Backup password
            </label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary">
              Open backup
            </button>
            <button
              type="button"
              className="button"
              onClick={() => fail(new BackupError('No backup was opened. Nothing was changed.'))}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
      {step.name === 'preview' && (
        <BackupPreview
          backup={step.backup}
          mode={mode}
          onMode={setMode}
          entriesHere={entriesHere}
          onRestore={() =>
            mode === 'replace'
              ? setStep({ name: 'confirm-replace', backup: step.backup })
              : void restore(step.backup)
          }
          onCancel={() => fail(new BackupError('Nothing was restored.'))}
        />
      )}
      {step.name === 'confirm-replace' && (
        <div
          className="card card--urgent"
          role="alertdialog"
          aria-labelledby={`${id}-replace`}
          aria-describedby={`${id}-replace-text`}
        >
          <h3 id={`${id}-replace`}>Replace everything on this device?</h3>
          <p id={`${id}-replace-text`}>
            The {plural(entriesHere, 'entry', 'entries')} here now will be removed and replaced by
            the backup’s {plural(step.backup.tables.entries.length, 'entry', 'entries')}. This
            cannot be undone.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void restore(step.backup)}
            >
              Replace everything
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setStep({ name: 'preview', backup: step.backup })}
            >
              Go back
            </button>
          </div>
        </div>
      )}
      {step.name === 'done' && (
        <>
          <p role="status">{step.message}</p>
          <button type="button" className="button" onClick={() => setStep({ name: 'choose' })}>
            Restore another file
          </button>
        </>
      )}
    </div>
  )
}

interface BackupPreviewProps {
  backup: ValidBackup
  mode: RestoreMode
  entriesHere: number
  onMode: (mode: RestoreMode) => void
  onRestore: () => void
  onCancel: () => void
}

function BackupPreview({
  backup,
  mode,
  entriesHere,
  onMode,
  onRestore,
  onCancel,
}: BackupPreviewProps) {
  const summary = summariseBackup(backup)
  const made = new Date(summary.exportedAt)
  const name = useId()
  return (
    <div>
      <h3>This backup holds</h3>
      <ul className="plain-list">
        <li>
          {plural(summary.entries, 'journal entry', 'journal entries')}
          {summary.firstDay && summary.lastDay && (
            <>
              , from {describeDay(summary.firstDay)} to {describeDay(summary.lastDay)}
            </>
          )}
        </li>
        {summary.hasNoContactPlan && <li>Your no-contact count and its history</li>}
        {summary.contacts > 0 && (
          <li>{plural(summary.contacts, 'logged contact', 'logged contacts')}</li>
        )}
        {summary.urges > 0 && <li>{plural(summary.urges, 'logged urge', 'logged urges')}</li>}
        {summary.drafts > 0 && <li>{plural(summary.drafts, 'unsaved draft', 'unsaved drafts')}</li>}
        <li>{summary.hasSettings ? 'Your names, pronouns and theme' : 'No settings'}</li>
      </ul>
      <p className="field-hint">
        Made {Number.isNaN(made.getTime()) ? 'on an unknown date' : `on ${formatLongDate(made)}`} by
        Steady {summary.appVersion}.
      </p>
      <fieldset className="choice-group">
        <legend>How should it be restored?</legend>
        <label className="choice">
          <input
            type="radio"
            name={name}
            checked={mode === 'merge'}
            onChange={() => onMode('merge')}
          />
          <span>Add what is missing (keeps everything here; nothing is doubled)</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name={name}
            checked={mode === 'replace'}
            onChange={() => onMode('replace')}
          />
          <span>
            Replace everything here ({plural(entriesHere, 'entry', 'entries')} now) with the backup
          </span>
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onRestore}>
          Restore
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
