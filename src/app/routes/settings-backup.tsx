import { BackupPanel } from '@/features/backup/components/backup-panel'
import { RestorePanel } from '@/features/backup/components/restore-panel'
import { useSettings } from '@/hooks/use-settings'
import { SettingsScreen } from './settings-screen'

export function SettingsBackupRoute() {
  const settings = useSettings()
  return (
    <SettingsScreen
      title="Backup & restore"
      lede="A backup file is the only copy outside this phone. Keep it somewhere safe."
    >
      {settings && (
        <>
          <section className="settings-section" id="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading" tabIndex={-1}>
              Back up
            </h2>
            <BackupPanel lastBackupAt={settings.lastBackupAt} />
          </section>
          <section className="settings-section" aria-labelledby="restore-heading">
            <h2 id="restore-heading">Restore from a backup</h2>
            <RestorePanel />
          </section>
        </>
      )}
    </SettingsScreen>
  )
}
