import { LockSettings } from '@/features/lock/components/lock-settings'
import { useSettings } from '@/hooks/use-settings'
import { SettingsScreen } from './settings-screen'

export function SettingsPrivacyRoute() {
  const settings = useSettings()
  return (
    <SettingsScreen
      title="Privacy & lock"
      lede="A passcode keeps Steady closed to anyone who picks up your phone."
    >
      {settings && <LockSettings lock={settings.lock} />}
    </SettingsScreen>
  )
}
