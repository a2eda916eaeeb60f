import { ListGroup, ListRow } from '@/components/list-row'
import { useSettings } from '@/hooks/use-settings'
import { formatLongDate } from '@/lib/dates'

const THEME_NAMES = { system: 'Same as your phone', light: 'Light', dark: 'Dark' } as const

/** Settings as a few groups, each opening its own screen. */
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
          <ListGroup label="You">
            <ListRow
              icon="person"
              title="Profile"
              hint={settings.userName ? `Your name: ${settings.userName}` : 'Names and pronouns'}
              to="/settings/profile"
            />
            <ListRow
              icon="palette"
              title="Appearance"
              hint={THEME_NAMES[settings.theme]}
              to="/settings/appearance"
            />
            <ListRow
              icon="lock"
              title="Privacy & lock"
              hint={settings.lock ? 'App lock is on' : 'App lock is off'}
              to="/settings/privacy"
            />
          </ListGroup>
          <ListGroup label="Your data">
            <ListRow
              icon="archive"
              title="Backup & restore"
              hint={
                settings.lastBackupAt
                  ? `Last backup: ${formatLongDate(new Date(settings.lastBackupAt))}`
                  : 'No backup yet'
              }
              to="/settings/backup"
            />
            <ListRow
              icon="storage"
              title="Storage"
              hint="How this phone keeps your journal"
              to="/settings/storage"
            />
          </ListGroup>
          <ListGroup label="Steady">
            <ListRow
              icon="info"
              title="About"
              hint={`Version ${__APP_VERSION__}`}
              to="/settings/about"
            />
            <ListRow
              icon="trash"
              title="Delete everything"
              hint="Remove all of Steady’s data from this phone"
              tone="danger"
              to="/settings/delete"
            />
          </ListGroup>
        </>
      )}
    </>
  )
}
