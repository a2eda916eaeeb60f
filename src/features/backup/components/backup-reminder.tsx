import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from '@/components/link'
import { db } from '@/db/db'
import { updateSettings, useSettings } from '@/hooks/use-settings'
import { shouldRemindBackup } from '../logic/reminder'

/** A quiet card on Today when the last backup is more than two weeks old. One tap hides it. */
export function BackupReminder() {
  const settings = useSettings()
  const first = useLiveQuery(async () => (await db.entries.orderBy('createdAt').first()) ?? null)
  if (!settings || first === undefined) return null
  const remind = shouldRemindBackup({
    lastBackupAt: settings.lastBackupAt,
    dismissedAt: settings.backupReminderDismissedAt,
    firstEntryAt: first?.createdAt ?? null,
    now: new Date(),
  })
  if (!remind) return null
  return (
    <aside className="card card--soft" aria-labelledby="backup-reminder-heading">
      <h2 id="backup-reminder-heading">
        {settings.lastBackupAt ? 'Time for a fresh backup' : 'Keep a copy of your journal'}
      </h2>
      <p>
        Your journal lives only on this phone. A backup file keeps it safe if the phone is lost or
        the browser clears its data.
      </p>
      <div className="button-row">
        <Link className="button button--primary" to="/settings/backup#backup">
          Make a backup
        </Link>
        <button
          type="button"
          className="button"
          onClick={() =>
            void updateSettings({ backupReminderDismissedAt: new Date().toISOString() })
          }
        >
          Not now
        </button>
      </div>
    </aside>
  )
}
