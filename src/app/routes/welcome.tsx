import { useNavigate } from 'react-router'
import { Link } from '@/components/link'
import { Icon, type IconName } from '@/components/icons'
import { Illustration } from '@/components/illustrations'
import { ProfileForm } from '@/features/settings/components/profile-form'
import { GetHelpNowButton } from '@/features/support/components/need-help-row'
import { updateSettings, useSettings } from '@/hooks/use-settings'

const HERE: { icon: IconName; title: string; text: string }[] = [
  { icon: 'today', title: 'Check in', text: 'A mood and a line or two, in under a minute.' },
  {
    icon: 'wave',
    title: 'Give space',
    text: 'Count the days without contact, and ride out the urge to text.',
  },
  {
    icon: 'support',
    title: 'Support',
    text: 'Grounding, people to talk to and help lines, one tap away.',
  },
]

/** First run: what Steady is, what is in it, that it stays on the device, then (optionally) names. */
export function WelcomeRoute() {
  const navigate = useNavigate()
  const settings = useSettings()

  async function finish(changes: Parameters<typeof updateSettings>[0] = {}, draftId?: string) {
    await updateSettings({ ...changes, onboardedAt: new Date().toISOString() }, { draftId })
    // A new person is shown the path and where to begin (Today is one tap away). The heading
    // takes the focus the form had, so a screen reader says where they are.
    navigate('/journey', { replace: true, state: { focusHeading: true, firstVisit: true } })
  }

  return (
    <main id="main" className="welcome">
      <title>Welcome · Steady</title>
      <div className="shell__help">
        <GetHelpNowButton />
      </div>
      <div className="welcome__hero">
        <Illustration name="sunrise" cover />
      </div>
      <h1>Welcome to Steady</h1>
      <p className="lede">
        A calm place to get through the weeks after a breakup, one day at a time.
      </p>
      <ul className="welcome__intro" aria-label="What is here">
        {HERE.map((item) => (
          <li key={item.title}>
            <span className="list-row__icon">
              <Icon name={item.icon} />
            </span>
            <span>
              <strong>{item.title}</strong>
              <span className="welcome__intro-text">{item.text}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="welcome__private">
        <Icon name="shield" />
        <span>
          Everything you write stays on this device. There is no account, and nothing is ever sent
          anywhere.
        </span>
      </p>
      <p>
        <Link className="button button--quiet button--flush" to="/support">
          Having a very hard time right now? Get support
        </Link>
      </p>
      <h2>A few words about you</h2>
      <p>All optional. You can change them any time in Settings.</p>
      {settings && (
        <ProfileForm
          initial={settings}
          submitLabel="Start"
          onSubmit={(profile, draftId) => finish(profile, draftId)}
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
