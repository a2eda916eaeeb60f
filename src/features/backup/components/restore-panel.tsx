import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { useSettings } from '@/hooks/use-settings'
import { RestoreChoose } from './restore/restore-choose'
import { RestoreConfirmReplace } from './restore/restore-confirm-replace'
import { RestoreDone } from './restore/restore-done'
import { RestorePassword } from './restore/restore-password'
import { RestorePreview } from './restore/restore-preview'
import { RestoreWorking } from './restore/restore-working'
import { useRestoreFlow } from './restore/use-restore-flow'

/**
 * Restore from a backup file: read and check it, show what it holds, then merge or replace. Nothing
 * on this device changes until the person confirms, and a failure changes nothing at all. The flow
 * lives in useRestoreFlow; each step is its own component.
 */
export function RestorePanel() {
  const flow = useRestoreFlow()
  const { step } = flow
  const settings = useSettings()
  const entriesHere = useLiveQuery(() => db.entries.count()) ?? 0

  return (
    <div className="restore">
      {flow.problem && (
        <p className="form-problem" role="alert">
          {flow.problem}
        </p>
      )}
      {step.name === 'choose' && <RestoreChoose onChoose={(file) => void flow.chooseFile(file)} />}
      {step.name === 'working' && (
        <RestoreWorking label={step.label} done={step.done} total={step.total} />
      )}
      {step.name === 'password' && (
        <RestorePassword
          onOpen={(password) => flow.unlock(step.file, password)}
          onCancel={() => flow.cancel('No backup was opened. Nothing was changed.')}
        />
      )}
      {step.name === 'preview' && (
        <RestorePreview
          backup={step.backup}
          initialMode={step.mode}
          settings={settings}
          entriesHere={entriesHere}
          onRestore={(mode, takeSettings) => flow.proceed(step.backup, mode, takeSettings)}
          onCancel={() => flow.cancel('Nothing was restored.')}
        />
      )}
      {step.name === 'confirm-replace' && (
        <RestoreConfirmReplace
          backup={step.backup}
          onReplace={() => void flow.restore(step.backup, 'replace')}
          onBack={() => flow.backToPreview(step.backup)}
        />
      )}
      {step.name === 'done' && (
        <RestoreDone mode={step.mode} result={step.result} onAgain={flow.startAgain} />
      )}
    </div>
  )
}
