import { StoragePanel } from '@/features/settings/components/storage-panel'
import { useSettings } from '@/hooks/use-settings'
import { InstallCard } from '@/pwa/install-card'
import { SettingsScreen } from './settings-screen'

export function SettingsStorageRoute() {
  const settings = useSettings()
  return (
    <SettingsScreen title="Storage" lede="Where your words live, and how to keep them there.">
      {settings && (
        <>
          <StoragePanel persistence={settings.persistence} />
          <InstallCard />
        </>
      )}
    </SettingsScreen>
  )
}
