import { Link } from '@/components/link'
import { SunWaveMark } from '@/components/brand'
import { SettingsScreen } from './settings-screen'

export function SettingsAboutRoute() {
  return (
    <SettingsScreen title="About Steady">
      <div className="about">
        <SunWaveMark size={64} />
        <p>
          Steady is a private journal for the time after a breakup. No account, no tracking, no ads:
          it never sends anything you write anywhere.
        </p>
        <p>
          It is not a therapist and never diagnoses. When things feel too heavy,{' '}
          <Link to="/support">Support</Link> has people to talk to.
        </p>
        <p className="field-hint">
          Version {__APP_VERSION__} ({__APP_BUILD__})
        </p>
      </div>
    </SettingsScreen>
  )
}
