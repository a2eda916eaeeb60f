import { FullScreenMessage } from '@/components/full-screen-message'
import { NeedHelpRow } from '@/features/support/components/need-help-row'

/** What went wrong with the storage, said plainly, with a way on and help one tap away. */
export function DatabaseProblem({
  state,
}: {
  state: 'unavailable' | 'blocked' | 'outdated' | 'erased'
}) {
  const help = <NeedHelpRow access="no-storage" />

  const reload = (
    <button
      type="button"
      className="button button--primary"
      onClick={() => window.location.reload()}
    >
      {state === 'unavailable' ? 'Try again' : 'Reload Steady'}
    </button>
  )
  if (state === 'erased') {
    return (
      <FullScreenMessage
        title="Everything was deleted"
        help={help}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.assign('/welcome')}
          >
            Start again
          </button>
        }
      >
        <p>Steady’s data on this device was deleted from another tab or window.</p>
      </FullScreenMessage>
    )
  }
  if (state === 'outdated') {
    return (
      <FullScreenMessage title="Steady was updated" actions={reload} help={help}>
        <p>
          A newer version of Steady opened in another tab. Reload this one to carry on; everything
          you saved is kept.
        </p>
      </FullScreenMessage>
    )
  }
  if (state === 'blocked') {
    return (
      <FullScreenMessage title="Steady is open in another tab" actions={reload} help={help}>
        <p>
          An older version of Steady is open in another tab or window. Close it, then reload here.
          Nothing is lost.
        </p>
      </FullScreenMessage>
    )
  }
  return (
    <FullScreenMessage title="Steady can’t store anything right now" actions={reload} help={help}>
      <p>
        Steady keeps your journal in this browser’s storage, and the browser is not allowing that at
        the moment. Nothing you saved before has been deleted by Steady.
      </p>
      <p>Common reasons:</p>
      <ul className="plain-list">
        <li>A private or incognito window: open Steady in a normal window.</li>
        <li>Site data is switched off in the browser’s settings: allow it for this site.</li>
        <li>The phone is out of space: free some, then try again.</li>
      </ul>
    </FullScreenMessage>
  )
}
