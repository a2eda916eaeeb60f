import { BackupPanel } from '@/features/backup/components/backup-panel'
import { RestorePanel } from '@/features/backup/components/restore-panel'
import { LockSettings } from '@/features/lock/components/lock-settings'
import { ErasePanel } from '@/features/settings/components/erase-panel'
import { ProfileForm } from '@/features/settings/components/profile-form'
import { StoragePanel } from '@/features/settings/components/storage-panel'
import { ThemePicker } from '@/features/settings/components/theme-picker'
import { updateSettings, useSettings } from '@/hooks/use-settings'
import { InstallCard } from '@/pwa/install-card'

export function SettingsRoute() {
  const settings = useSettings()
  return (
    <>
      <title>Settings · Steady</title>
      <header className="page-header">
        <h1 tabIndex={-1}>Settings</h1>
      </header>
      {settings && (
        <>
          <section className="card" aria-labelledby="names-heading">
            <h2 id="names-heading">Names and pronouns</h2>
            <ProfileForm
              initial={settings}
              submitLabel="Save names"
              savedMessage="Saved."
              onSubmit={(profile) => updateSettings(profile)}
            />
          </section>
          <section className="card" aria-labelledby="look-heading">
            <h2 id="look-heading">Appearance</h2>
            <ThemePicker theme={settings.theme} />
          </section>
          <LockSettings lock={settings.lock} />
          <section className="card" id="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading" tabIndex={-1}>
              Backup
            </h2>
            <BackupPanel lastBackupAt={settings.lastBackupAt} />
          </section>
          <section className="card" aria-labelledby="restore-heading">
            <h2 id="restore-heading">Restore from a backup</h2>
            <RestorePanel />
          </section>
          <InstallCard />
          <StoragePanel persistence={settings.persistence} />
          <section className="card" aria-labelledby="about-heading">
            <h2 id="about-heading">About Steady</h2>
            <p>
              Steady is a private journal for the time after a breakup. No account, no tracking, no
              ads: it never sends anything you write anywhere.
            </p>
            <p className="field-hint">
              Version {__APP_VERSION__} ({__APP_BUILD__})
            </p>
          </section>
          <ErasePanel />
        </>
      )}
    </>
  )
}
