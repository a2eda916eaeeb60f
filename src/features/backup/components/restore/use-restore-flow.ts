import { useState } from 'react'
import { describeError, describeStorageError } from '@/lib/errors'
import { formatBytes } from '@/lib/format-bytes'
import { restoreBackup, type RestoreMode, type RestoreResult } from '../../data/restore-backup'
import {
  BackupError,
  MAX_BACKUP_BYTES,
  readBackupText,
  validateBackup,
  type EncryptedBackupFile,
  type ValidBackup,
} from '../../logic/backup-format'
import { decryptBackup } from '../../logic/encryption'

export type RestoreStep =
  | { name: 'choose' }
  | { name: 'working'; label: string; done: number; total: number }
  | { name: 'password'; file: EncryptedBackupFile }
  | { name: 'preview'; backup: ValidBackup; mode: RestoreMode }
  | { name: 'confirm-replace'; backup: ValidBackup }
  | { name: 'done'; mode: RestoreMode; result: RestoreResult }

/**
 * The restore flow as a small state machine: choose → (password) → preview → (confirm replace) →
 * done, with "working" between steps. Nothing on this device changes before the last step, and a
 * failure anywhere changes nothing at all. Each step has its own component.
 */
export function useRestoreFlow() {
  const [step, setStep] = useState<RestoreStep>({ name: 'choose' })
  const [problem, setProblem] = useState<string | null>(null)

  function fail(error: unknown) {
    setProblem(describeError(error, 'nothing was restored'))
    setStep({ name: 'choose' })
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
    setStep({ name: 'preview', backup, mode: 'merge' })
  }

  async function chooseFile(file: File) {
    setProblem(null)
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

  /** Resolves true when the password opened the file. */
  async function unlock(file: EncryptedBackupFile, password: string): Promise<boolean> {
    setProblem(null)
    setStep({ name: 'working', label: 'Opening the encrypted backup…', done: 0, total: 0 })
    let text: string
    try {
      text = await decryptBackup(file, password)
    } catch (error) {
      setProblem(describeError(error))
      setStep({ name: 'password', file })
      return false
    }
    try {
      await check(text)
    } catch (error) {
      fail(error)
    }
    return true
  }

  async function restore(backup: ValidBackup, mode: RestoreMode, takeSettings?: boolean) {
    setProblem(null)
    setStep({ name: 'working', label: 'Restoring…', done: 0, total: 0 })
    try {
      const result = await restoreBackup(backup, mode, {
        takeSettings,
        onProgress: (done, total) => setStep({ name: 'working', label: 'Restoring…', done, total }),
      })
      setStep({ name: 'done', mode, result })
    } catch (error) {
      setProblem(
        `${describeStorageError(error, 'nothing was restored')} Everything here is as it was.`,
      )
      setStep({ name: 'preview', backup, mode })
    }
  }

  return {
    step,
    problem,
    chooseFile,
    unlock,
    restore,
    /** Replace asks first; merge goes ahead. */
    proceed(backup: ValidBackup, mode: RestoreMode, takeSettings?: boolean) {
      if (mode === 'replace') setStep({ name: 'confirm-replace', backup })
      else void restore(backup, mode, takeSettings)
    },
    backToPreview(backup: ValidBackup) {
      setStep({ name: 'preview', backup, mode: 'replace' })
    },
    cancel(message: string) {
      fail(new BackupError(message))
    },
    startAgain() {
      setProblem(null)
      setStep({ name: 'choose' })
    },
  }
}
