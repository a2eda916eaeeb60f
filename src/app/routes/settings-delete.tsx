import { ErasePanel } from '@/features/settings/components/erase-panel'
import { SettingsScreen } from './settings-screen'

export function SettingsDeleteRoute() {
  return (
    <SettingsScreen title="Delete everything">
      <ErasePanel />
    </SettingsScreen>
  )
}
