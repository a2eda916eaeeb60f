import { useId, useState, type FormEvent } from 'react'
import { InsecureContextNotice } from '@/components/insecure-context-notice'
import { Segmented } from '@/components/segmented'
import { formatLongDate } from '@/lib/dates'
import { describeStorageError } from '@/lib/errors'
import { formatBytes } from '@/lib/format-bytes'
import { saveBackup } from '../data/save-backup'
import { MIN_PASSWORD_LENGTH } from '../logic/encryption'

type Kind = 'encrypted' | 'plain'

/** Make a backup file of everything: protected by a password unless the person chooses otherwise. */
export function BackupPanel({ lastBackupAt }: { lastBackupAt: string | null }) {
  const id = useId()
  const [kind, setKind] = useState<Kind>('encrypted')
  const [password, setPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const protect = kind === 'encrypted'

  async function makeBackup(event: FormEvent) {
    event.preventDefault()
    setStatus('')
    if (protect && password.length < MIN_PASSWORD_LENGTH) {
      setProblem(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
      return
    }
    if (protect && password.normalize('NFC') !== confirmation.normalize('NFC')) {
      setProblem('The two passwords are not the same. Type them again.')
      return
    }
    setProblem(null)
    setBusy(true)
    setStatus(protect ? 'Encrypting your backup…' : 'Preparing your backup…')
    try {
      const { file, delivery } = await saveBackup(protect ? password : null)
      if (delivery === 'cancelled') {
        setStatus('No backup was saved: sharing was cancelled.')
        return
      }
      setPassword('')
      setConfirmation('')
      setStatus(
        `Backup ready: ${file.name} (${formatBytes(file.size)}). Keep it somewhere safe, off this phone.`,
      )
    } catch (error) {
      setStatus('')
      setProblem(describeStorageError(error, 'the backup was not made'))
    } finally {
      setBusy(false)
    }
  }

  const last = lastBackupAt ? new Date(lastBackupAt) : null
  return (
    <form onSubmit={makeBackup} noValidate>
      <p>
        {last ? `Last backup: ${formatLongDate(last)}.` : 'No backup yet.'} A backup is one file
        with everything you have written and your settings. Save it somewhere other than this phone.
      </p>
      <InsecureContextNotice unavailable="Encrypted backups" />
      <Segmented
        legend="Kind of file"
        value={kind}
        onChange={setKind}
        describedBy={`${id}-hint`}
        options={[
          { value: 'encrypted', label: 'With a password' },
          { value: 'plain', label: 'Without a password' },
        ]}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {protect
          ? 'Only someone with the password can read it. Steady cannot recover a forgotten password: keep it somewhere safe.'
          : 'Anyone who opens this file can read your journal.'}
      </p>
      {protect && (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-password`}>
              Backup password
            </label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-confirm`}>
              The same password again
            </label>
            <input
              id={`${id}-confirm`}
              type="password"
              autoComplete="new-password"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
            />
          </div>
        </>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Making the backup…' : protect ? 'Make an encrypted backup' : 'Make a backup'}
        </button>
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </form>
  )
}
