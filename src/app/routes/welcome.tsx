import { Link, useNavigate } from 'react-router'
import { ProfileForm } from '@/features/settings/components/profile-form'
import { updateSettings, useSettings } from '@/hooks/use-settings'

/** First run: what Steady is, that it stays on the device, and (optionally) names and pronouns. */
export function WelcomeRoute() {
  const navigate = useNavigate()
  const settings = useSettings()

  async function finish(changes: Parameters<typeof updateSettings>[0] = {}) {
    await updateSettings({ ...changes, onboardedAt: new Date().toISOString() })
    navigate('/', { replace: true })
  }

  return (
    <main id="main" className="welcome">
      <title>Welcome · Steady</title>
      <h1>Welcome to Steady</h1>
      <p className="lede">
        A calm place to get through the weeks after a breakup, one day at a time.
      </p>
      <p>
        <Link className="button button--quiet button--flush" to="/support">
          Having a very hard time right now? Get support
        </Link>
      </p>
      <div className="card card--soft">
        <h2>Private by design</h2>
        <p>
          Everything you write stays on this device. There is no account, and nothing is ever sent
          anywhere.
        </p>
      </div>
      <h2>A few words about you</h2>
      <p>All optional. You can change them any time in Settings.</p>
      {settings && (
        <ProfileForm
          initial={settings}
          submitLabel="Start"
          onSubmit={(profile) => finish(profile)}
          extraActions={
            <button type="button" className="button" onClick={() => void finish()}>
              Skip for now
            </button>
          }
        />
      )}
    </main>
  )
}
