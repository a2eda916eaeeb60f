import { usePwaStore } from './store'
import { isAppleMobile, isRunningInstalled } from './install'

/** Install where the browser offers it; clear steps for iPhone and iPad, where it does not. */
export function InstallCard() {
  const installEvent = usePwaStore((state) => state.installEvent)
  const installed = usePwaStore((state) => state.installed)

  if (installed || isRunningInstalled()) {
    return (
      <section className="card" aria-labelledby="install-heading">
        <h2 id="install-heading">Installed</h2>
        <p>Steady is on your home screen and works without a connection.</p>
      </section>
    )
  }

  return (
    <section className="card" aria-labelledby="install-heading">
      <h2 id="install-heading">Put Steady on your home screen</h2>
      <p>It opens full-screen, starts instantly and works with no signal.</p>
      {installEvent ? (
        <button
          type="button"
          className="button button--primary"
          onClick={async () => {
            await installEvent.prompt()
            const choice = await installEvent.userChoice
            usePwaStore.setState({ installEvent: null, installed: choice.outcome === 'accepted' })
          }}
        >
          Install app
        </button>
      ) : isAppleMobile() ? (
        <ol className="steps">
          <li>Open Steady in Safari.</li>
          <li>
            Tap the Share button <span aria-hidden="true">(the square with an arrow)</span>.
          </li>
          <li>Choose “Add to Home Screen”, then “Add”.</li>
        </ol>
      ) : (
        <p className="field-hint">
          In your browser’s menu, look for “Install app” or “Add to Home screen”. On iPhone and
          iPad, use Safari’s Share button, then “Add to Home Screen”.
        </p>
      )}
    </section>
  )
}
