import { ThemePicker } from '@/features/settings/components/theme-picker'
import { useSettings } from '@/hooks/use-settings'
import { SettingsScreen } from './settings-screen'

export function SettingsAppearanceRoute() {
  const settings = useSettings()
  return (
    <SettingsScreen
      title="Appearance"
      lede="Light for the day, dark for the night, or as your phone is."
    >
      {settings && <ThemePicker theme={settings.theme} />}
    </SettingsScreen>
  )
}
