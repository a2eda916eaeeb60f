import { useEffect } from 'react'
import { useHelpNowStore, type HelpAccess } from '../store'

/**
 * One quiet row that opens Get help now: for the lock screen, the storage-error screens and the
 * welcome. Where it shows, an open Get help now shows no more than that screen may.
 */
export function NeedHelpRow({ access }: { access: HelpAccess }) {
  const openHelp = useHelpNowStore((state) => state.openHelp)
  const restrictHelp = useHelpNowStore((state) => state.restrictHelp)
  useEffect(() => {
    restrictHelp(access)
  }, [access, restrictHelp])
  return (
    <p className="need-help-row">
      <span>Need help right now?</span>
      <button type="button" className="button" onClick={() => openHelp(access)}>
        Get help now
      </button>
    </p>
  )
}

/** The small button at the top of every screen of the open app. */
export function GetHelpNowButton() {
  const openHelp = useHelpNowStore((state) => state.openHelp)
  return (
    <button
      type="button"
      className="button button--quiet get-help-now"
      onClick={() => openHelp('full')}
    >
      Get help now
    </button>
  )
}
