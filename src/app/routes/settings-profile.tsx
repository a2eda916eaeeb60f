import { ProfileForm } from '@/features/settings/components/profile-form'
import { updateSettings, useSettings } from '@/hooks/use-settings'
import { SettingsScreen } from './settings-screen'

export function SettingsProfileRoute() {
  const settings = useSettings()
  return (
    <SettingsScreen
      title="Profile"
      lede="How Steady speaks to you, and how it speaks of your ex. All optional."
    >
      {settings && (
        <ProfileForm
          initial={settings}
          submitLabel="Save names"
          savedMessage="Saved."
          onSubmit={(profile, draftId) => updateSettings(profile, { draftId })}
        />
      )}
    </SettingsScreen>
  )
}
